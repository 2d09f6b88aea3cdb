/**
 * Her words are never lost, for every design the designer can make: a job or 1–4 units, both school
 * levels, every grade, 1–4 periods, any length, both activities. Each run goes through the page's own
 * code (the address → resolveRequest → the model builders, on the data files the build writes), types
 * into random places, then reloads (the page's storage code on a store of its own), saves and reopens
 * the file on a fresh browser, draws the page and makes the .docx.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageUnits, resolveRequest, type UnitLoader } from '../../src/designer/build.ts';
import type { DesignerIndex, DesignerLessonData, DutyUnits } from '../../src/model/lesson/designer-data.ts';
import { designFileText, readDesignFile, withOpenedFile, type DesignerState } from '../../src/designer/design-file.ts';
import { designView } from '../../src/designer/view.ts';
import { applyEdits, cleanTyped, editablePaths, itemAt, itemText, placeEdits, recordEdit } from '../../src/designer/edits.ts';
import { parseQuery, toQuery } from '../../src/designer/query.ts';
import { STYLES } from '../../src/model/lesson/option-values.ts';
import { loadState, saveState, type StateStore } from '../../src/designer/storage.ts';
import { isBlank, type LessonDesign } from '../../src/model/lesson/types.ts';
import { designerDataFiles } from '../../src/render/designer-data.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { escapeHtml } from '../../src/render/html/escape.ts';
import { siteLessonInputs } from '../../src/site-content/site.ts';
import { docxText } from '../render/docx-text.ts';

// The data files exactly as the browser receives them (written by the build, read as JSON).
const files = new Map(designerDataFiles(siteLessonInputs('content')).map((f) => [f.path, f.text]));
const index = JSON.parse(files.get('index.json')!) as DesignerIndex;
const lesson = JSON.parse(files.get('lesson.json')!) as DesignerLessonData;
const dutyUnits = async (duty: string) => JSON.parse(files.get(`units/${duty}.json`) ?? '[]') as DutyUnits;
const loader: UnitLoader = pageUnits(index, lesson, dutyUnits);
const unitCodes = index.duties.flatMap((d) => (JSON.parse(files.get(`units/${d.code}.json`)!) as DutyUnits).map((u) => u.code));
const jobSlugs = index.jobs.map((j) => j.slug);

/** A browser's storage. */
function memoryStore(): StateStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** The form's fields as the page sends them (formParams in app.ts). */
const formArb = fc.record({
  target: fc.oneof(
    fc.constantFrom(...jobSlugs).map((slug) => ({ job: slug })),
    fc.uniqueArray(fc.constantFrom(...unitCodes), { minLength: 1, maxLength: 4 }).map((codes) => ({ units: codes })),
  ),
  school: fc.constantFrom('middle', 'high'),
  grade: fc.constantFrom('', '1', '2', '3'),
  periods: fc.constantFrom('1', '2', '3', '4'),
  minutes: fc.oneof(fc.constant(''), fc.integer({ min: 20, max: 120 }).map(String)),
  activity: fc.constantFrom('role-play', 'self-check'),
  style: fc.constantFrom(...STYLES),
});
type Form = typeof formArb extends fc.Arbitrary<infer F> ? F : never;

function formQuery(form: Form): URLSearchParams {
  const p = new URLSearchParams();
  if ('job' in form.target) p.set('job', form.target.job);
  else for (const code of form.target.units) p.append('unit', code);
  for (const name of ['school', 'grade', 'periods', 'minutes', 'activity', 'style'] as const)
    if (form[name] !== '') p.set(name, form[name]);
  return p;
}

/** What she might type or paste: Korean, markup characters, emoji, odd spaces and control characters, sometimes a lot. */
const piece = fc.constantFrom(
  ...'가나다라마바사 고객 응대 상담 계획 ✓ abc XYZ 019 <b> & " \' { } # * _ \\'.split(' '),
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u200b',
  '😀',
  '\u0001',
  '\u001f',
  '\ud800',
  '</w:t>',
);
const typedArb = fc.oneof(
  { weight: 9, arbitrary: fc.array(piece, { minLength: 1, maxLength: 30 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 6000 }) },
);
const editsArb = fc.array(fc.record({ at: fc.nat(), text: typedArb }), { minLength: 1, maxLength: 6 });

async function designFor(query: string | URLSearchParams) {
  const resolved = await resolveRequest(index, lesson, parseQuery(query), loader);
  return { query: toQuery(resolved.clean), design: resolved.designs[0], problems: resolved.clean.problems };
}

describe('a teacher never loses her words', () => {
  it('edits survive a reload, and save → open on a fresh browser gives back the same design and words, drawn on the page', async () => {
    let built = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ form: formArb, edits: editsArb }), { minLength: 1, maxLength: 3 }), async (sessions) => {
        const store = memoryStore();
        const state: DesignerState = { query: '', edits: {} };
        /** Per design id: the last design and address she had, and every word still hers: (place, what it replaced) → words. */
        const expected = new Map<
          string,
          { design: LessonDesign; query: string; live: Map<string, { path: string; from: string; to: string }> }
        >();

        for (const { form, edits } of sessions) {
          const { query, design, problems } = await designFor(formQuery(form));
          if (!design) {
            // Times that cannot fit a period: said beside an option, in Korean, with nothing to lose.
            expect(problems.length).toBeGreaterThan(0);
            continue;
          }
          built++;
          state.query = query;
          const mine = (state.edits[design.id] ??= {});
          const live = expected.get(design.id)?.live ?? new Map();
          const paths = editablePaths(design);
          expect(paths).toContain('title');
          for (const { at, text } of edits) {
            const path = paths[at % paths.length]!;
            recordEdit(design, mine, path, text);
            // What she expects: new words at a place replace the words she had there; erasing them removes them.
            const item = itemAt(design, path)!;
            const from = itemText(item);
            const to = cleanTyped(text).trim();
            if (to === '' || (!isBlank(item) && to === from)) live.delete(`${path}\u0000${from}`);
            else live.set(`${path}\u0000${from}`, { path, from, to });
          }
          expected.set(design.id, { design, query, live });
          expect(saveState(state, store)).toBe(true);
        }

        if (expected.size === 0) return;
        // Reload: the page reads its storage and builds each design again from its address.
        const reloaded = loadState(store);
        expect(reloaded.notice).toBeNull();
        expect(reloaded.state).toEqual(state);
        // Save as a file, open it on a fresh browser.
        const opened = readDesignFile(designFileText(state));
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        const fresh = withOpenedFile({ query: '', edits: {} }, opened.state);
        expect(fresh).toEqual(state);

        for (const [id, { design, query, live }] of expected) {
          const again = await designFor(query);
          expect(again.design).toEqual(design);
          // Words whose place this design has are in it; the others are listed as kept, none missing, none extra.
          const paths = new Set(editablePaths(design));
          const shown = new Map<string, string>();
          const kept: string[] = [];
          for (const w of live.values()) {
            const item = itemAt(design, w.path);
            if (item !== undefined && paths.has(w.path) && itemText(item) === w.from) shown.set(w.path, w.to);
            else kept.push(w.to);
          }
          for (const edits of [reloaded.state!.edits[id]!, fresh.edits[id]!]) {
            const placed = placeEdits(design, edits);
            expect(placed.unplaced.map((u) => u.edit.to.trim()).sort()).toEqual(kept.sort());
            const applied = applyEdits(design, edits);
            for (const path of paths) expect(itemAt(applied, path), path).toEqual(shown.get(path) ?? itemAt(design, path));
            // The page draws every place as a field, with her words in it.
            const html = designView(design, edits, '/').html;
            for (const path of paths) expect(html.includes(`data-edit-path="${path}"`), `field at ${path}`).toBe(true);
            for (const want of shown.values()) expect(html.includes(escapeHtml(want)), `words ${want}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(built).toBeGreaterThan(200);
  }, 300_000);

  it('the .docx holds her words, wherever she wrote them (fewer runs: a .docx takes about half a second)', async () => {
    await fc.assert(
      fc.asyncProperty(formArb, editsArb, async (form, typed) => {
        const { design } = await designFor(formQuery(form));
        if (!design) return;
        const edits = {};
        const paths = editablePaths(design);
        for (const { at, text } of typed) recordEdit(design, edits, paths[at % paths.length]!, text);
        const applied = applyEdits(design, edits);
        const text = docxText(await lessonDocx(applied));
        for (const { edit } of placeEdits(design, edits).placed.values())
          expect(text.includes(edit.to.trim()), `.docx has ${edit.to}`).toBe(true);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('a series of four units, with words in every place, still reloads and opens', async () => {
    const store = memoryStore();
    const codes = unitCodes.slice(0, 4);
    const { query, design } = await designFor(`${codes.map((c) => `unit=${c}`).join('&')}&school=high&grade=2&periods=4&minutes=50`);
    expect(design!.ncs.units).toHaveLength(4);
    const edits = {};
    for (const path of editablePaths(design!)) recordEdit(design!, edits, path, `${path.length}번째 칸에 쓴 글`);
    const state: DesignerState = { query, edits: { [design!.id]: edits } };
    saveState(state, store);
    expect(loadState(store)).toEqual({ state, notice: null });
    expect(readDesignFile(designFileText(state))).toEqual({ ok: true, state });
  });
});

describe('words that no longer fit the design', () => {
  const job = jobSlugs[0]!;
  /** The same design after a site update changed the title's template. */
  async function withNewTitleTemplate(query: string): Promise<LessonDesign> {
    const changed = structuredClone(lesson);
    changed.templates.jobSeries.middle.title = `새 틀: ${changed.templates.jobSeries.middle.title}`;
    const resolved = await resolveRequest(index, changed, parseQuery(query), pageUnits(index, changed, dutyUnits));
    return resolved.designs[0]!;
  }

  it('are listed in her words (where, what was there, what she wrote), kept in storage and in the file, and come back', async () => {
    const { query, design } = await designFor(`job=${job}`);
    const store = memoryStore();
    const edits = {};
    recordEdit(design!, edits, 'title', '우리 반 진로 탐구');
    recordEdit(design!, edits, 'goals.0', '내 말로 쓴 목표');
    const state: DesignerState = { query, edits: { [design!.id]: edits } };
    saveState(state, store);

    const updated = await withNewTitleTemplate(query);
    expect(updated.id).toBe(design!.id);
    const { state: loaded } = loadState(store);
    const mine = loaded!.edits[design!.id]!;
    const { unplaced } = placeEdits(updated, mine);
    expect(unplaced.map((u) => u.key)).toEqual(['title']);
    expect(applyEdits(updated, mine).goals[0]).toBe('내 말로 쓴 목표');

    const { unplacedLine } = await import('../../src/designer/edit-place.ts');
    const line = unplacedLine(unplaced[0]!.key, unplaced[0]!.edit);
    expect(line).toContain('단원명');
    expect(line).toContain(design!.title);
    expect(line).toContain('우리 반 진로 탐구');
    expect(line).not.toMatch(/title|job-|[a-z]+\.\d/);

    // She writes a new title on the new design: the old one is moved aside, not overwritten.
    recordEdit(updated, mine, 'title', '새로 쓴 제목');
    expect(applyEdits(updated, mine).title).toBe('새로 쓴 제목');
    expect(placeEdits(updated, mine).unplaced.map((u) => u.edit.to)).toEqual(['우리 반 진로 탐구']);
    saveState({ query, edits: { [design!.id]: mine } }, store);
    const file = readDesignFile(designFileText(loadState(store).state!));
    expect(file.ok && Object.values(file.state.edits[design!.id]!).map((e) => e.to)).toContain('우리 반 진로 탐구');
    // Back on the old template, the old title finds its place again.
    expect(applyEdits(design!, mine).title).toBe('우리 반 진로 탐구');
  });

  it('other options keep them aside too: fewer periods, then back', async () => {
    const { design: four } = await designFor(`job=${job}&periods=4`);
    const { design: one } = await designFor(`job=${job}&periods=1`);
    const last = editablePaths(four!)
      .filter((p) => p.startsWith('goals.'))
      .at(-1)!;
    const edits = {};
    recordEdit(four!, edits, last, '4차시 목표');
    expect(one!.goals.length).toBeLessThan(four!.goals.length);
    expect(placeEdits(one!, edits).unplaced.map((u) => u.key)).toEqual([last]);
    expect(applyEdits(four!, edits).goals.at(-1)).toBe('4차시 목표');
  });

  it('opening a file never overwrites words she has in this browser', () => {
    const mine: DesignerState = {
      query: 'job=a',
      edits: { 'job-a': { title: { from: 'T', to: '내 제목' }, 'goals.0': { from: 'G', to: '목표' } } },
    };
    const file: DesignerState = { query: 'job=a&periods=3', edits: { 'job-a': { title: { from: 'T', to: '파일의 제목' } } } };
    const out = withOpenedFile(mine, file);
    expect(out.query).toBe('job=a&periods=3');
    expect(out.edits['job-a']).toEqual({
      title: { from: 'T', to: '파일의 제목' },
      'kept.1.title': { from: 'T', to: '내 제목' },
      'goals.0': { from: 'G', to: '목표' },
    });
    expect(withOpenedFile(out, file)).toEqual(out);
  });
});

describe('stored and saved states that cannot be read whole', () => {
  const series = 'unit-0201030201_21v3+0201030206_21v3-high';
  const good = { from: 'a', to: '살아남을 글' };

  it('a damaged file is refused with a message in plain Korean that names the part, never a key', () => {
    const text = JSON.stringify({
      kind: 'cs-career-lesson-design',
      formatVersion: 1,
      query: '',
      edits: { 'job-a': { title: good }, [series]: { title: good, 'goals.0': { from: 1 } } },
    });
    const result = readDesignFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('손상됐어요');
    expect(result.message).toContain('2번째 설계서');
    expect(result.message).not.toMatch(/unit-|goals|edits|›/);
  });

  it('the browser keeps what it can read, tells her, and copies the original aside before anything overwrites it', () => {
    const store = memoryStore();
    const text = JSON.stringify({
      kind: 'cs-career-lesson-design',
      formatVersion: 1,
      query: 'job=a',
      edits: { [series]: { title: good, 'goals.0': { from: 1 } }, __proto__: { x: good } },
    });
    store.setItem('cs-career.lesson-designer', text);
    const loaded = loadState(store);
    expect(loaded.state!.edits[series]).toEqual({ title: good });
    expect(loaded.notice).toContain('읽지 못한 부분');
    expect(loaded.notice).not.toMatch(/unit-|goals/);
    expect([...store.map.values()].filter((v) => v === text)).toHaveLength(2);
    saveState(loaded.state!, store);
    expect([...store.map.values()]).toContain(text);
  });

  it('a state from a newer page is not read, and not lost', () => {
    const store = memoryStore();
    const text = JSON.stringify({ kind: 'cs-career-lesson-design', formatVersion: 9, query: '', edits: {} });
    store.setItem('cs-career.lesson-designer', text);
    const loaded = loadState(store);
    expect(loaded.state).toBeNull();
    expect(loaded.notice).toContain('따로 남겨 두었어요');
    saveState({ query: '', edits: {} }, store);
    expect([...store.map.values()]).toContain(text);
  });
});
