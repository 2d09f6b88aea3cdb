/**
 * Content with hostile names: a copy of content/ where every free-text field of every YAML file and
 * MDX frontmatter ends in HOSTILE, and an NCS catalog in the official format whose every name and
 * text does. MDX bodies are left alone: an author writes markup there on purpose.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { NormalCatalog } from '../../src/ncs-import/types.ts';

/** Breaks out of an attribute or text if anything writes it unescaped; shown literally when all is well. */
export const HOSTILE = ` "><img src=x onerror=alert(1)><script>alert(2)</script>'&amp;`;

/**
 * The first phone screen's lines (a day, the good and the hard side) may hold 34 letters: they get
 * a short hostile line instead of the long ending, so the content stays valid and still breaks out
 * if written unescaped.
 */
export const HOSTILE_SHORT = `"><img src=x onerror=alert(3)>'&`;
const SHORT_FIELDS = new Set(['day', 'good', 'hard']);

/** Fields whose values come from a fixed list (an enum) or are codes, not free text. */
const FIXED = new Set(['workArea', 'education', 'status', 'stage', 'code', 'codePrefix', 'standards', 'url', 'kind']);

/** Free text is what holds Hangul; codes, slugs, ids and addresses do not (except the ones FIXED names). */
const freeText = (value: string) => /[가-힣]/.test(value) && !/^\[.*\]$/.test(value);

function poison(value: unknown, key: string | null): unknown {
  if (key !== null && FIXED.has(key)) return value;
  if (typeof value === 'string' && key !== null && SHORT_FIELDS.has(key)) return `${HOSTILE_SHORT}하루`;
  if (typeof value === 'string') return freeText(value) ? value + HOSTILE : value;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

// Read without timestamps, so dates stay the strings they were (dump quotes them again).
const load = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });
const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true });

/** Appends HOSTILE to every free-text field under `dir` (a copy of content/), in place. */
export function poisonContent(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (entry.name.endsWith('.yaml')) writeFileSync(file, dump(poison(load(text), null)));
    else if (entry.name.endsWith('.mdx')) {
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      writeFileSync(file, `---\n${dump(poison(load(match[1]!), null))}---\n${text.slice(match[0].length)}`);
    }
  }
}

/** The catalog with HOSTILE at the end of every name and text an official file carries. */
export function hostileCatalog(catalog: NormalCatalog): NormalCatalog {
  const h = (s: string) => s + HOSTILE;
  return {
    ...catalog,
    classifications: catalog.classifications.map((c) => ({ ...c, name: h(c.name) })),
    units: catalog.units.map((u) => ({
      ...u,
      name: h(u.name),
      definition: u.definition === null ? null : h(u.definition),
      elements: u.elements.map((e) => ({
        ...e,
        name: h(e.name),
        criteria: e.criteria.map((c) => ({ ...c, text: h(c.text) })),
        knowledge: e.knowledge.map(h),
        skills: e.skills.map(h),
        attitudes: e.attitudes.map(h),
      })),
    })),
  };
}
