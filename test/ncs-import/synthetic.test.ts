import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticCatalog } from '../../src/ncs-import/synthetic.ts';
import { addSyntheticUnits } from '../../src/ncs-import/synthetic-content.ts';
import { loadNcsCatalog } from '../../src/site-content/ncs.ts';

const work = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the synthetic catalog', () => {
  it('uses codes that can never be official (대분류 01–24) and names that say they are examples', () => {
    const catalog = makeSyntheticCatalog({ units: 13_400 });
    const majors = new Set(catalog.classifications.filter((c) => c.depth === 1).map((c) => Number(c.code)));
    expect(Math.min(...majors)).toBeGreaterThan(24);
    expect(Math.max(...majors)).toBeLessThan(100);
    expect(catalog.units.every((u) => Number(u.code.slice(0, 2)) > 24 && u.name.startsWith('예시 '))).toBe(true);
    expect(catalog.units.filter((u) => u.retired === null)).toHaveLength(13_400);
    // Full size, to reach the highest 대분류 it uses: a few seconds on a loaded machine.
  }, 60_000);

  it('goes into an NCS folder beside its records and loads with them', () => {
    const dir = join(work, 'ncs');
    cpSync('test/fixtures/site/ncs', dir, { recursive: true });
    addSyntheticUnits(dir, 30);
    const catalog = loadNcsCatalog(dir);
    expect(catalog.units.get('9101010101_21v1')?.name).toBe('예시 능력단위 하나');
    expect([...catalog.units.values()].filter((u) => !u.retired && u.code.startsWith('51'))).toHaveLength(30);
  });
});
