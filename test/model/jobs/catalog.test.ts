import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSlugs, verifiedNcsUnits } from '../../../src/model/jobs/catalog.ts';

describe('job catalog', () => {
  it('has a content page for every slug in the route map, and no page without a slug', () => {
    const pages = readdirSync('content/jobs')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(pages.sort()).toEqual([...jobSlugs].sort());
  });

  it('names and levels of the verified NCS units agree with the NCS data in content/ncs/units', () => {
    const dir = 'content/ncs/units';
    const units = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { units: { code: string; name: string; level: number }[] }).units);
    for (const u of verifiedNcsUnits) {
      const found = units.find((x) => x.code === u.code);
      expect(found, u.code).toBeDefined();
      expect({ name: found!.name, level: found!.level }, u.code).toEqual({ name: u.name, level: u.level });
    }
  });
});
