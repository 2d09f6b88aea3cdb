/**
 * One place for option values: a made-up activity touches only its declaration
 * (src/model/lesson/option-values.ts), its template lines (content/lessons/job-series*.yaml) and
 * its name (src/ui/lesson-options.ts). Here the declaration and the name are replaced for the
 * test, the template lines are added to a copy of content/, and everything else (the option
 * schema, the template schema, the CLI, the designer's address and controls, the builder and the
 * renderers) must take the new activity as it is.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';

const DEBATE = 'debate';
const DEBATE_NAME = '찬반 토론';
const DEBATE_TITLE = '찬반 토론으로 고객 응대 따져 보기';

let content: string;

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'made-up-activity-'));
  cpSync('content', content, { recursive: true });
  vi.resetModules();
  vi.doMock('../../../src/model/lesson/option-values.ts', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../src/model/lesson/option-values.ts')>();
    return { ...real, ACTIVITIES: [...real.ACTIVITIES, DEBATE] };
  });
  vi.doMock('../../../src/ui/lesson-options.ts', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../src/ui/lesson-options.ts')>();
    return { ...real, optionLabels: { ...real.optionLabels, activity: { ...real.optionLabels.activity, [DEBATE]: DEBATE_NAME } } };
  });
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  vi.doUnmock('../../../src/model/lesson/option-values.ts');
  vi.doUnmock('../../../src/ui/lesson-options.ts');
  vi.resetModules();
});

/** The template lines of the new activity: the role-play's, retitled, in each school's file. */
function addTemplateLines(): void {
  for (const name of ['job-series.yaml', 'job-series-high.yaml']) {
    const file = join(content, 'lessons', name);
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    const rolePlay = doc.getIn(['activities', 'role-play']) as YAML.YAMLMap;
    const debate = rolePlay.clone() as YAML.YAMLMap;
    debate.set('title', DEBATE_TITLE);
    doc.setIn(['activities', DEBATE], debate);
    writeFileSync(file, doc.toString());
  }
}

describe('a made-up activity, declared once', () => {
  it('needs its template lines: without them the templates are refused, naming what is missing', async () => {
    const { loadSite } = await import('../../../src/site-content/load-site.ts');
    expect(() => loadSite(content)).toThrow(/activities/);
  });

  it('is an option everywhere: schema, CLI and its help, address, designer controls, messages', async () => {
    const { lessonOptionsSchema } = await import('../../../src/schemas/lesson-options.ts');
    expect(lessonOptionsSchema.parse({ activity: DEBATE })).toEqual({ activity: DEBATE });

    const { parseCli, cliHelp } = await import('../../../src/cli/generate-options.ts');
    expect(parseCli(['--activity', DEBATE]).options.activity).toBe(DEBATE);
    expect(cliHelp).toContain(`${DEBATE}(${DEBATE_NAME})`);

    const { parseQuery, toQuery } = await import('../../../src/designer/query.ts');
    const request = parseQuery(`job=cs-manager&activity=${DEBATE}`);
    expect(request.problems).toEqual([]);
    expect(request.options.activity).toBe(DEBATE);
    expect(toQuery(request)).toBe(`job=cs-manager&activity=${DEBATE}`);

    const { designerText } = await import('../../../src/ui/designer.ts');
    expect(designerText.problems.activity('dance')).toContain(DEBATE);
  });

  it('makes designs with its own lines, named in the overview of the page and the .docx, and on the slides', async () => {
    addTemplateLines();
    const { loadSite } = await import('../../../src/site-content/load-site.ts');
    const { lessonInputs } = await import('../../../src/model/lesson/from-site.ts');
    const { resolveOptions } = await import('../../../src/model/lesson/options.ts');
    const { buildLessonDesigns } = await import('../../../src/model/lesson/build.ts');
    const { optionControls } = await import('../../../src/designer/controls.ts');
    const { lessonDesignHtml } = await import('../../../src/render/html/lesson-html.ts');
    const { lessonDocx } = await import('../../../src/render/docx/lesson-docx.ts');
    const { docxText } = await import('../../render/docx-text.ts');
    const { lessonDeck } = await import('../../../src/model/lesson/document/deck.ts');
    const { inlineText } = await import('../../../src/model/lesson/document/walk.ts');
    const { slideLines } = await import('./document/slide-text.ts');

    const inputs = lessonInputs(loadSite(content));
    expect(optionControls(inputs.templates.defaults).activity.choices.map((c) => [c.value, c.label])).toContainEqual([DEBATE, DEBATE_NAME]);
    for (const school of ['middle', 'high'] as const) {
      const options = resolveOptions(inputs.templates.defaults, { school, activity: DEBATE as never, jobs: ['cs-manager'], units: [] });
      const [design] = buildLessonDesigns(inputs, options);
      expect(design!.options.activity).toBe(DEBATE);
      expect(design!.periodPlans.map((p) => p.title).join(' ')).toContain(DEBATE_TITLE);
      const html = lessonDesignHtml(design!, { base: '/' });
      expect(html).toContain(`· ${DEBATE_NAME}`);
      expect(docxText(await lessonDocx(design!))).toContain(`· ${DEBATE_NAME}`);
      const slides = lessonDeck(design!).slides.map((slide) => [inlineText(slide.title), ...slideLines(slide.children)].join(' '));
      expect(slides.some((text) => text.includes(DEBATE_TITLE))).toBe(true);
    }
  });
});
