import { describe, expect, it } from 'vitest';
import { clearedEdits, designFile, designOutput, discardedEdit, openedFile, withOtherTab } from '../../src/designer/actions.ts';
import { DOCX, PPTX } from '../../src/designer/file-formats.ts';
import { designFileText, MAX_FILE_BYTES, readDesignFile, type DesignerState } from '../../src/designer/design-file.ts';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import { docxText } from '../render/docx-text.ts';

const design = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager-high')!;
const state: DesignerState = {
  query: 'job=cs-manager&school=high&grade=2',
  edits: {
    [design.id]: { title: { from: design.title, to: '고2 우리 반 CS 매니저 탐구' }, 'kept.1.goals.0': { from: 'x', to: '남겨 둔 말' } },
  },
};

describe('the designer’s buttons', () => {
  it('make the .docx with her words, named in Korean for the grade', async () => {
    const file = await designOutput(DOCX, design, state, 2, null);
    expect(file.name).toBe('진로탐구_CS매니저_고2_2차시.docx');
    expect(docxText(file.bytes)).toContain('고2 우리 반 CS 매니저 탐구');
  });

  it('make the slides’ .pptx with her words under the same name', async () => {
    const file = await designOutput(PPTX, design, state, 2, null);
    expect(file.name).toBe('진로탐구_CS매니저_고2_2차시.pptx');
    expect(new TextDecoder().decode(file.bytes.subarray(0, 2))).toBe('PK');
  });

  it('save a design file that opens again to the same address and words', async () => {
    const file = designFile(state, design, 2);
    expect(file.name).toBe('진로탐구_CS매니저_고2_2차시_설계파일.json');
    expect(designFile(state, undefined, null).name).toBe('수업설계_설계파일.json');
    const opened = await openedFile({ query: '', edits: {} }, file.text.length, async () => file.text);
    expect(opened).toEqual({ ok: true, state, query: state.query });
  });

  it('open nothing from a file too big or not theirs, saying why', async () => {
    const big = await openedFile(state, MAX_FILE_BYTES + 1, async () => '');
    expect(big.ok).toBe(false);
    const other = await openedFile(state, 10, async () => '{"hello": 1}');
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/[가-힣]/) });
  });

  it('let her words go only as she asks: all of one design, or one kept aside', () => {
    expect(clearedEdits(state, design.id).edits[design.id]).toEqual({});
    expect(Object.keys(discardedEdit(state, design.id, 'kept.1.goals.0').edits[design.id]!)).toEqual(['title']);
    expect(state.edits[design.id]).toHaveProperty('kept.1.goals.0');
  });

  it('take another tab’s saved words, keeping the words typed here and not saved yet', () => {
    const other: DesignerState = { query: 'x', edits: { a: { title: { from: 'a', to: '다른 탭' } } } };
    const next = withOtherTab(state, designFileText(other), { designId: design.id });
    expect(next.edits['a']).toEqual(other.edits['a']);
    expect(next.edits[design.id]).toEqual(state.edits[design.id]);
    expect(next.query).toBe(state.query);
    expect(withOtherTab(state, 'not json', null)).toBe(state);
    expect(readDesignFile(designFileText(next)).ok).toBe(true);
  });
});
