import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadNcsCatalog } from '../../src/site-content/ncs.ts';
import { importNcs } from '../../src/ncs-import/import.ts';
import { writeNcsApiJson, writeNcsCsv, writeNcsXlsx } from '../../src/ncs-import/official-writers.ts';
import type { ClassificationNode, Element, NormalCatalog, Unit } from '../../src/ncs-import/types.ts';
import { cleanName } from '../../src/ncs-import/values.ts';
import { copyOfProjectNcs, tempDir } from './support.ts';

/*
 * Any valid catalog survives official files → import → YAML → loadNcsCatalog unchanged. Text uses
 * Hangul with the characters YAML and CSV must escape (quotes, colons, #, commas, brackets).
 */
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const char = fc.oneof({ weight: 6, arbitrary: syllable }, { weight: 1, arbitrary: fc.constantFrom(...'0123456789"\':#,-[]{}()&*!?%@') });
const word = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
const text = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(' '))
  .filter((t) => {
    const c = cleanName(t);
    return c.name === t && c.retired === null;
  });
const level = fc.option(fc.integer({ min: 1, max: 8 }), { nil: null });

const element = (unitCode: string, serial: number) =>
  fc
    .record({
      name: text,
      level,
      criteria: fc.uniqueArray(text, { maxLength: 3 }),
      knowledge: fc.uniqueArray(text, { maxLength: 3 }),
      skills: fc.uniqueArray(text, { maxLength: 2 }),
      attitudes: fc.uniqueArray(text, { maxLength: 2 }),
    })
    .map((e): Element => ({
      code: `${unitCode}.${serial}`,
      serial,
      name: e.name,
      level: e.level,
      criteria: e.criteria.map((t, k) => ({ number: `${serial}.${k + 1}`, text: t })),
      knowledge: e.knowledge,
      skills: e.skills,
      attitudes: e.attitudes,
    }));

const unit = (duty: string, serial: number, year: number) => {
  const code = `${duty}${String(serial).padStart(2, '0')}_${year}v${1 + (serial % 3)}`;
  return fc
    .record({
      name: text,
      level,
      definition: fc.option(text, { nil: null }),
      retired: fc.option(fc.constantFrom('구버전', '20년삭제'), { nil: null, freq: 4 }),
      elementCount: fc.integer({ min: 0, max: 3 }),
    })
    .chain((u) =>
      fc.tuple(...Array.from({ length: u.elementCount }, (_, i) => element(code, i + 1))).map((elements): Unit => ({
        code,
        dutyCode: duty,
        name: u.name,
        level: u.level,
        definition: u.definition,
        definitionSource: null,
        nameSource: -1,
        trainingHours: null,
        retired: u.retired,
        elements,
        sources: [],
      })),
    );
};

// Majors 80–99 never meet the project's real codes in the copy imported into.
const catalogArb = fc
  .record({
    major: fc.integer({ min: 80, max: 99 }),
    names: fc.array(text, { minLength: 4, maxLength: 4 }),
    dutyName2: text,
    serials: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 }),
    year: fc.integer({ min: 13, max: 25 }),
    twoDuties: fc.boolean(),
  })
  .chain((c) => {
    const d1 = `${c.major}010101`;
    const d2 = `${c.major}010102`;
    const duties = c.twoDuties ? [d1, d2] : [d1];
    const classifications: ClassificationNode[] = [
      { code: `${c.major}`, depth: 1, name: c.names[0]! },
      { code: `${c.major}01`, depth: 2, name: c.names[1]! },
      { code: `${c.major}0101`, depth: 3, name: c.names[2]! },
      { code: d1, depth: 4, name: c.names[3]! },
      ...(c.twoDuties ? [{ code: d2, depth: 4 as const, name: c.dutyName2 }] : []),
    ];
    const units = duties.flatMap((d, i) => c.serials.map((s) => unit(d, s, c.year + i)));
    return fc
      .tuple(...units)
      .map((us): NormalCatalog => ({ classifications, units: us.sort((a, b) => (a.code < b.code ? -1 : 1)), sources: [] }));
  });

describe('import → YAML → model', () => {
  it('keeps every valid catalog unchanged', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(catalogArb, fc.boolean(), async (catalog, includeRetired) => {
        const dir = tempDir('ncs-prop-');
        const out = await copyOfProjectNcs();
        await writeNcsXlsx(join(dir, 'export.xlsx'), catalog);
        await writeNcsCsv(join(dir, 'list.csv'), catalog);
        const api = await writeNcsApiJson(join(dir, 'api'), catalog, { numberPrefix: true, pageSize: 7 });
        const expected = catalog.units.filter((u) => includeRetired || u.retired === null);
        fc.pre(expected.length > 0 && new Set(catalog.units.map((u) => u.code)).size === catalog.units.length);
        await importNcs({ files: [join(dir, 'export.xlsx'), join(dir, 'list.csv'), ...api], out, includeRetired });
        const model = loadNcsCatalog(out);
        // Only the branches holding imported units are written.
        const used = catalog.classifications.filter((c) => expected.some((u) => u.dutyCode.startsWith(c.code)));
        expect(used.length).toBeGreaterThanOrEqual(4);
        for (const c of used) expect(model.nodes.get(c.code)?.name).toBe(c.name);
        for (const u of expected) {
          const got = model.units.get(u.code);
          expect(got).toBeDefined();
          expect({
            name: got!.name,
            level: got!.level,
            retired: got!.retired,
            definition: got!.definition,
            elements: got!.elements,
          }).toEqual({
            name: u.name,
            level: u.level,
            retired: u.retired !== null,
            definition: u.definition === null ? null : { text: u.definition, kind: 'official', source: 'ncs-open-api' },
            elements: u.elements.map((e, i) => ({
              no: i + 1,
              name: e.name,
              level: e.level,
              criteria: e.criteria.map((c, k) => ({ no: k + 1, label: `${i + 1}.${k + 1}`, text: c.text })),
              knowledge: e.knowledge,
              skills: e.skills,
              attitudes: e.attitudes,
            })),
          });
        }
        for (const u of catalog.units) if (!includeRetired && u.retired !== null) expect(model.units.has(u.code)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
