/**
 * Every place a design sends the class to a page of this site names that page (`pages:`), so the
 * printout and the .docx carry its address and QR code beside it.
 */
import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/model/routes.ts';
import type { SitePageKey } from '../../../src/model/lesson/site-pages.ts';
import type { BlockTemplate, StepTemplate } from '../../../src/model/lesson/template-schema.ts';
import { siteLessonInputs } from '../../../src/site-content/site.ts';
import { buildLessonDesigns } from '../../../src/model/lesson/build.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';

const inputs = siteLessonInputs('content');
const t = inputs.templates;

/** The words that name each page in a line. */
const named: [RegExp, SitePageKey[]][] = [
  [/직업 페이지|\{job\} 페이지/, ['job', 'jobs']],
  [/진로 경로 메뉴/, ['paths']],
  [/자격증 안내/, ['certificates']],
  [/자기 점검 페이지/, ['selfCheck']],
  [/능력단위 페이지/, ['unit']],
];

function steps(): [string, StepTemplate][] {
  const out: [string, StepTemplate][] = [];
  for (const [kind, bySchool] of [
    ['job', t.jobSeries],
    ['unit', t.unitLesson],
  ] as const) {
    for (const [school, tpl] of Object.entries(bySchool) as [string, (typeof bySchool)['middle']][]) {
      const where = `${kind}/${school}`;
      for (const key of ['openingFirst', 'opening', 'closing', 'closingLast'] as const) out.push([`${where} ${key}`, tpl[key]]);
      const blocks: [string, BlockTemplate][] = [
        ...Object.entries(tpl.blocks),
        ...('activities' in tpl ? Object.entries(tpl.activities) : []),
      ];
      for (const [id, block] of blocks) block.steps.forEach((s, i) => out.push([`${where} ${id}[${i}]`, s]));
    }
  }
  return out;
}

const lineText = (line: StepTemplate['teacher'][number]) => (typeof line === 'string' ? line : line.text);

describe('site references in the lesson templates', () => {
  it.each(steps())('%s names every page of the site its lines send the class to', (_, step) => {
    const words = [...step.teacher, ...step.student, ...step.materials].map(lineText).concat(step.supplies).join('\n');
    for (const [pattern, keys] of named)
      if (pattern.test(words))
        expect(
          step.pages.some((k) => keys.includes(k)),
          String(pattern),
        ).toBe(true);
  });

  it('every page a design names is a page of the site, and its pages are listed with the period supplies', () => {
    const defaults = t.defaults;
    for (const school of ['middle', 'high'] as const) {
      for (const d of buildLessonDesigns(inputs, resolveOptions(defaults, { school, periods: 4 }))) {
        for (const plan of d.periodPlans) {
          const supplies = d.supplies.find((s) => s.period === plan.period)!;
          for (const page of plan.steps.flatMap((s) => s.pages)) {
            expect(routeOf(page.route), `${d.id}: ${page.route}`).not.toBeNull();
            expect(supplies.pages.map((p) => p.route)).toContain(page.route);
          }
        }
      }
    }
  });
});
