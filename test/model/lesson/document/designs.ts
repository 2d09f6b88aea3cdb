/**
 * Designs to test the document tree and its renderers on: every design the site ships, and the
 * shapes the site does not ship but the designer and the CLI make (other options, both 문체, unit series).
 */
import { buildLessonDesigns, buildSiteDesigns } from '../../../../src/model/lesson/build.ts';
import { buildUnitSeries } from '../../../../src/model/lesson/build-unit-series.ts';
import { lessonInputs } from '../../../../src/model/lesson/from-site.ts';
import { resolveOptions } from '../../../../src/model/lesson/options.ts';
import type { LessonDesign } from '../../../../src/model/lesson/types.ts';
import { loadSite } from '../../../../src/site-content/load-site.ts';

/** [name, design]: the site's designs by id, then the others by what they are. */
export function testDesigns(): [string, LessonDesign][] {
  const inputs = lessonInputs(loadSite('content'));
  const defaults = inputs.templates.defaults;
  const out: [string, LessonDesign][] = buildSiteDesigns(inputs).map((d) => [d.id, d]);
  const jobs = inputs.jobs.slice(0, 2).map((j) => j.slug);
  const units = inputs.units.map((u) => u.code);
  for (const options of [
    { school: 'high', grade: 2, periods: 4, minutes: 50, activity: 'self-check' },
    { school: 'middle', periods: 1, minutes: 45, activity: 'self-check' },
    { school: 'high', periods: 3, style: 'plan' },
  ] as const) {
    for (const d of buildLessonDesigns(inputs, resolveOptions(defaults, options, { jobs, units: units.slice(0, 1) })))
      out.push([`${d.id} ${JSON.stringify(options)}`, d]);
  }
  for (const [school, style] of [
    ['middle', 'haeyo'],
    ['high', 'haeyo'],
    ['high', 'plan'],
  ] as const) {
    const chosen = units.slice(0, 3).map((code) => inputs.units.find((u) => u.code === code)!);
    const d = buildUnitSeries(chosen, inputs.jobs, inputs.templates, resolveOptions(defaults, { school, periods: 4, style }));
    out.push([`series of 3 units, ${school}, ${style}`, d]);
  }
  return out;
}
