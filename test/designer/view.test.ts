import { describe, expect, it } from 'vitest';
import { designView, designChoices } from '../../src/designer/view.ts';
import { editablePaths, recordEdit, type Edits } from '../../src/designer/edits.ts';
import { fieldText } from '../../src/designer/edit-fields.ts';
import { lessonDocument } from '../../src/model/lesson/document/lesson-document.ts';
import { editableItems } from '../../src/model/lesson/document/walk.ts';
import { testDesigns } from '../model/lesson/document/designs.ts';

const designs = testDesigns();

describe('the design as the designer shows it', () => {
  it('draws a field at exactly the places its document marks editable, and nowhere else', () => {
    for (const [name, design] of designs) {
      const html = designView(design, {}, '/').html;
      const fields = [...html.matchAll(/data-edit-path="([^"]+)"/g)].map((m) => m[1]!);
      expect(fields, name).toEqual([...editableItems(lessonDocument(design)).keys()]);
      expect(editablePaths(design), name).toEqual(fields);
    }
  });

  it('shows her words in their fields and in the title, and lists words that found no place, in her words', () => {
    const [, design] = designs.find(([, d]) => d.kind === 'unit-lesson')!;
    const edits: Edits = {};
    recordEdit(design, edits, 'title', '우리 반의 고객 응대 수업');
    recordEdit(design, edits, 'goals.0', '상황에 맞게 응대할 수 있다');
    edits['goals.1'] = { from: '예전 학습목표', to: '예전 글' };
    const view = designView(design, edits, '/');
    expect(view.title).toBe('우리 반의 고객 응대 수업');
    expect(view.html).toContain('상황에 맞게 응대할 수 있다');
    expect(view.kept).toHaveLength(1);
    expect(view.kept[0]!.text).toContain('예전 글');
    expect(view.kept[0]!.text).not.toContain('goals.1');
  });

  it('offers the designs of a request to choose from, the shown one selected', () => {
    const two = designs.slice(0, 2).map(([, d]) => d);
    expect(designChoices(two, 1).map((c) => c.selected)).toEqual([false, true]);
  });

  it('keeps what she types as one line', () => {
    expect(fieldText('첫 줄\n둘째  줄\t')).toBe('첫 줄 둘째 줄 ');
    expect(fieldText(null)).toBe('');
  });
});
