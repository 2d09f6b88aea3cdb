import { describe, expect, it } from 'vitest';
import { addUnit, chosenItems, foundText, MAX_RESULTS, resultItems, searchUnits, type Found } from '../../src/designer/unit-picker.ts';
import { MAX_UNITS } from '../../src/designer/query.ts';
import { nameKey, type DesignerIndex, type DutyUnits, type NameShard } from '../../src/model/lesson/designer-data.ts';
import { designerDataFiles } from '../../src/render/designer-data.ts';
import { siteLessonInputs } from '../../src/site-content/site.ts';
import { designerText as T } from '../../src/ui/designer.ts';

const files = new Map(designerDataFiles(siteLessonInputs('content')).map((f) => [f.path, f.text]));
const index = JSON.parse(files.get('index.json')!) as DesignerIndex;
const read: string[] = [];
const data = {
  dutyUnits: async (duty: string) => (read.push(`units/${duty}`), JSON.parse(files.get(`units/${duty}.json`) ?? '[]') as DutyUnits),
  nameShard: async (key: string) => (read.push(`names/${key}`), JSON.parse(files.get(`names/${key}.json`)!) as NameShard),
};

describe('the unit picker', () => {
  it('finds units by code prefix from their 세분류’s file, and by words of the name from one small file', async () => {
    read.length = 0;
    const byCode = await searchUnits('0201030201', index, data);
    expect(byCode).toEqual({ kind: 'found', list: [['0201030201_21v3', '고객관리 계획 수립', 5]] });
    const byName = await searchUnits(' 고객 관계 ', index, data);
    expect(byName.kind).toBe('found');
    expect(byName.kind === 'found' && byName.list.map(([, name]) => name)).toContain('고객 관계 관리');
    expect(read).toEqual(['units/02010302', expect.stringMatching(/^names\//)]);
  });

  it('waits for two letters, and finds nothing for a short code without reading a file', async () => {
    read.length = 0;
    expect(await searchUnits('고', index, data)).toEqual({ kind: 'empty' });
    expect(await searchUnits('0201', index, data)).toEqual({ kind: 'found', list: [] });
    expect(read).toEqual([]);
  });

  it('says a word begins too many names rather than read a big file', async () => {
    const crowded = { ...index, names: { [nameKey('고객')!]: 10_000 } };
    expect(await searchUnits('고객', crowded, data)).toEqual({ kind: 'tooCommon' });
  });

  it('shows at most MAX_RESULTS, each button off once chosen or when there is no room', () => {
    const list: Found[] = Array.from({ length: MAX_RESULTS + 5 }, (_, i) => [`c${i}`, `n${i}`]);
    const items = resultItems(list, ['c1']);
    expect(items).toHaveLength(MAX_RESULTS);
    expect(items[1]!.disabled).toBe(true);
    expect(items[2]!.disabled).toBe(false);
    const full = Array.from({ length: MAX_UNITS }, (_, i) => `f${i}`);
    expect(resultItems(list, full).every((i) => i.disabled)).toBe(true);
    expect(foundText(MAX_RESULTS + 5)).toContain(String(MAX_RESULTS));
  });

  it('adds a period when a unit would go without one, and refuses past MAX_UNITS', () => {
    expect(addUnit(['a'], 'b', 1)).toEqual({ codes: ['a', 'b'], periods: 2 });
    expect(addUnit(['a'], 'b', 4)).toEqual({ codes: ['a', 'b'], periods: 4 });
    expect(addUnit(['a', 'b', 'c', 'd'], 'e', 4)).toHaveProperty('refused');
  });

  it("shows each found and chosen unit with its 수준, so a first job's unit stands apart from a manager's", async () => {
    const found = await searchUnits('고객관리 계획', index, data);
    const items = resultItems(found.kind === 'found' ? found.list : [], []);
    const plan = items.find((i) => i.code === '0201030201_21v3')!;
    expect(plan.level).toBe(5);
    expect(T.foundUnit(plan.code, plan.level)).toBe('0201030201_21v3 · 수준 5');
    expect(
      chosenItems(
        ['0201030201_21v3'],
        () => '고객관리 계획 수립',
        () => 5,
      )[0]!.text,
    ).toContain('고객관리 계획 수립 (0201030201_21v3, 수준 5)');
    expect(T.foundUnit('x', null)).toBe('x');
  });

  it('names a chosen unit by its name once known, by its code before', () => {
    expect(chosenItems(['x'], () => undefined)[0]!.text).toContain('x (x)');
    expect(chosenItems(['x'], () => '이름')[0]!.buttonLabel).toContain('이름');
  });
});
