/**
 * Reads the job pages' frontmatter in plain TypeScript (no Astro), checks it with the same
 * schema the site uses, and keeps what a lesson design needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { jobSchema } from '../../schemas/job.ts';
import { lessonError, pathToField } from './errors.ts';
import type { JobInput } from './inputs.ts';
import { parseYaml } from './yaml-input.ts';
import { citable, type SourceRegistry } from '../sources/registry.ts';

const koreanMessages = z.locales.ko().localeError;

export function readJobFile(file: string, registry: SourceRegistry, text: string = readFileSync(file, 'utf8')): JobInput {
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
  const record = slug;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw lessonError(file, record, null, '맨 위에 --- 로 감싼 frontmatter가 없어요', 1);
  const [, front = '', body = ''] = match;
  // Line 1 is the opening ---, so YAML line n is file line n + 1.
  const parsed = parseYaml(front, file, record, 1);
  const result = jobSchema.safeParse(parsed.data, { error: koreanMessages });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw lessonError(file, record, pathToField(issue.path), issue.message, parsed.lineOf(issue.path));
  }
  const job = result.data;
  const raw = parsed.data as { certificates?: unknown };
  return {
    file,
    slug,
    title: job.title,
    summary: job.summary,
    order: job.order,
    officialName: job.officialName,
    ncsUnits: [...job.ncsUnits],
    certificates: Array.isArray(raw.certificates) ? raw.certificates.map(nameOf).filter((n): n is string => n !== null) : [],
    relatedJobs: [...job.relatedJobs],
    topics: [...body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!),
    sources: job.sources.map((id) => citable(registry, id, file)),
  };
}

function nameOf(entry: unknown): string | null {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object') {
    const e = entry as { name?: unknown; title?: unknown };
    if (typeof e.name === 'string') return e.name;
    if (typeof e.title === 'string') return e.title;
  }
  return null;
}

/** Every job page in `dir`, in the site's order; their source ids are looked up in `registry`. */
export function readJobs(dir: string, registry: SourceRegistry): JobInput[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return files.map((f) => readJobFile(join(dir, f), registry)).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
