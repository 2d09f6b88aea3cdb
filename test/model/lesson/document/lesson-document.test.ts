import { describe, expect, it } from 'vitest';
import { lessonDocument } from '../../../../src/model/lesson/document/lesson-document.ts';
import { editableItems, inlineText, tableOfContents, walk } from '../../../../src/model/lesson/document/walk.ts';
import { isBlank } from '../../../../src/model/lesson/types.ts';
import { itemAt } from '../../../../src/designer/edits.ts';
import { testDesigns } from './designs.ts';

const designs = testDesigns();

/** Every teacher blank in a design, found by walking the design itself (not the tree). */
function blankPaths(value: unknown, path: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (!Array.isArray(value) && isBlank(value as never)) return [path.join('.')];
  return Object.entries(value).flatMap(([key, v]) => blankPaths(v, [...path, key]));
}

describe('the lesson document tree', () => {
  it('is plain data: it survives JSON unchanged, so the browser and the build hold the same tree', () => {
    for (const [name, d] of designs) {
      const doc = lessonDocument(d, { designerQuery: 'job=x' });
      expect(JSON.parse(JSON.stringify(doc)), name).toEqual(doc);
    }
  });

  it('makes the designer’s editable places exactly the title, every goal and every teacher blank of the design', () => {
    for (const [name, d] of designs) {
      const editable = [...editableItems(lessonDocument(d)).keys()].sort();
      const expected = ['title', ...d.goals.map((_, i) => `goals.${i}`), ...blankPaths(d)];
      expect(editable, name).toEqual([...new Set(expected)].sort());
    }
  });

  it('points every item node at the text it shows: its path reads that item in the design', () => {
    for (const [name, d] of designs) {
      for (const node of walk(lessonDocument(d).children)) {
        if (node.type === 'item') expect(itemAt(d, node.path), `${name} ${node.path}`).toEqual(node.item);
      }
    }
  });

  it('gives the table of contents from the headings marked for it, each period with its topic', () => {
    const [, d] = designs.find(([, x]) => x.kind === 'job-series' && x.handouts.length > 0)!;
    const toc = tableOfContents(lessonDocument(d, { designerQuery: 'job=x' }));
    expect(toc.map((h) => h.slug)).toEqual([
      ...(d.gaps.length > 0 ? ['gaps'] : []),
      'overview',
      'standards',
      'goals',
      'plan',
      'supplies',
      'process',
      ...d.periodPlans.map((p) => `period-${p.period}`),
      'assessment',
      'ncs',
      'sources',
      'worksheet',
      'handouts',
      'regenerate',
    ]);
    expect(toc.find((h) => h.slug === 'period-1')!.text).toContain(d.periodPlans[0]!.title);
    // Only lesson pages say where to make the design again; the designer and the .docx do not.
    expect(tableOfContents(lessonDocument(d)).some((h) => h.slug === 'regenerate')).toBe(false);
  });

  it('gives every heading id once, so each anchor leads to one place', () => {
    for (const [name, d] of designs) {
      const ids = [...walk(lessonDocument(d, { designerQuery: 'job=x' }).children)].flatMap((n) =>
        n.type === 'heading' && n.id !== null ? [n.id] : n.type === 'handout' ? [`handout-${n.id}`] : [],
      );
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('links each period of the plan table to a heading that exists', () => {
    for (const [name, d] of designs) {
      const nodes = [...walk(lessonDocument(d).children)];
      const ids = new Set(nodes.flatMap((n) => (n.type === 'heading' && n.id ? [n.id] : [])));
      const anchors = nodes.flatMap((n) => (n.type === 'link' && n.anchor ? [n.anchor] : []));
      expect(anchors.length, name).toBe(d.periods);
      for (const a of anchors) expect(ids.has(a), `${name} #${a}`).toBe(true);
    }
  });

  it('reads a blank as its hint and a link as its words', () => {
    expect(inlineText([{ type: 'item', path: 'x', item: { blank: '빈칸' }, editable: true }])).toBe('빈칸');
    expect(inlineText([{ type: 'link', route: 'jobs/', url: null, anchor: null, children: [{ type: 'text', value: '직업' }] }])).toBe(
      '직업',
    );
  });
});
