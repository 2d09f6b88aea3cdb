import { describe, expect, it } from 'vitest';
import { MAX_NAME_SHARD, nameKey, type DesignerIndex, type NameShard } from '../../src/model/lesson/designer-data.ts';
import { siteLessonInputs } from '../../src/site-content/site.ts';
import { designerDataFiles } from '../../src/render/designer-data.ts';

describe('designer data files', () => {
  it('never writes one list of every unit: a word beginning shared by too many names gets no file', () => {
    const inputs = siteLessonInputs('content');
    const template = inputs.units[0]!;
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...template,
      code: `99${String(Math.floor(i / 100)).padStart(6, '0')}${String(i % 100).padStart(2, '0')}_21v1`,
      name: `예시 능력단위 ${String(i).padStart(4, '0')}`,
    }));
    const files = designerDataFiles({ ...inputs, units: [...inputs.units, ...many] });
    const index = JSON.parse(files.find((f) => f.path === 'index.json')!.text) as DesignerIndex;
    expect(index.names[nameKey('예시')!]).toBe(3000);
    expect(files.some((f) => f.path === `names/${nameKey('예시')}.json`)).toBe(false);
    for (const f of files.filter((f) => f.path.startsWith('names/'))) {
      expect((JSON.parse(f.text) as NameShard).length).toBeLessThanOrEqual(MAX_NAME_SHARD);
    }
    // A rarer beginning of the same names still finds them.
    const numbered = JSON.parse(files.find((f) => f.path === `names/${nameKey('01')}.json`)!.text) as NameShard;
    expect(numbered.map(([, name]) => name)).toContain('예시 능력단위 0123');
    expect(Math.max(...files.filter((f) => f.path.startsWith('units/')).map((f) => (JSON.parse(f.text) as unknown[]).length))).toBeLessThan(
      3000,
    );
  });
});
