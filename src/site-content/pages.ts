/** Reads the MDX pages of one content folder (jobs, guides, paths) through their schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ContentPage } from '../model/site.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkWith } from './yaml-checked.ts';
import type { YamlFile } from './yaml.ts';

/** A page as read, with its frontmatter kept for the line numbers of later cross-reference errors. */
export interface ReadPage<T> {
  page: ContentPage<T>;
  frontmatter: YamlFile;
}

export function readPage<T>(file: string, schema: z.ZodType<T>, text: string = readFileSync(file, 'utf8')): ReadPage<T> {
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
  const { frontmatter, body } = readFrontmatter(file, text);
  const data = checkWith(schema, frontmatter, () => slug);
  return { page: { id: slug, file, data, headings: [...body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!), body }, frontmatter };
}

/** Every page of `dir`, in the site's order: frontmatter `order`, then slug. */
export function readPages<T extends { order: number }>(dir: string, schema: z.ZodType<T>): ReadPage<T>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readPage(join(dir, f), schema))
    .sort((a, b) => a.page.data.order - b.page.data.order || a.page.id.localeCompare(b.page.id));
}
