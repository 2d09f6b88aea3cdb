/**
 * Why a build failed, for the summary: where (file:line, relative to the project) and what, in
 * Korean, whichever step threw it (the content loader, Astro and its MDX compiler, our own steps).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../lib/usage-error.ts';
import { mdxProblem } from '../../lib/mdx-problem.ts';
import { SwapError } from './swap.ts';

export interface BuildProblem {
  /** 'content/certificates.yaml:6', or null when no file is to blame. */
  where: string | null;
  what: string;
  /** content: the admin fixes a file; settings: an environment variable; folder: the output folder is held or in the way; internal: a bug or the machine. */
  kind: 'content' | 'settings' | 'folder' | 'internal';
  /** The stack of an internal error, for whoever reports it. */
  detail?: string;
  /** Further problems found in the same pass. */
  more: number;
}

interface Located {
  file?: string;
  line?: number | null;
  column?: number;
}

/** The DataError of the content loader, recognised by shape: Astro loads its own copy of the class. */
interface DataErrorShape extends Error {
  file: string;
  line: number | null;
  record: string | null;
  field: string | null;
  problem: string;
  all: unknown[];
}

export function describeFailure(error: unknown, root: string, content: string): BuildProblem {
  const contentRoot = resolve(root, content) + sep;
  const show = (file: string, line?: number | null) => {
    const rel = isAbsolute(file) ? relative(root, file) : file;
    const path = (rel.startsWith('..') ? file : rel).split(sep).join('/');
    return line ? `${path}:${line}` : path;
  };
  if (error instanceof UsageError) return { where: null, what: error.message, kind: 'settings', more: 0 };
  if (error instanceof SwapError) return { where: null, what: error.message, kind: 'folder', more: 0 };
  if (isDataError(error)) {
    const what = [error.record, error.field].filter(Boolean).join(' ');
    return {
      where: show(error.file, error.line),
      what: `${what ? `${what}: ` : ''}${error.problem}`,
      kind: 'content',
      more: error.all.length - 1,
    };
  }
  // Rolldown gathers the errors of one bundling pass; the first names the file.
  const inner = (error as { errors?: unknown[] }).errors;
  const first = Array.isArray(inner) && inner.length > 0 ? inner[0] : error;
  const e = first as Error & { loc?: Located; id?: string; title?: string };
  if (e?.name === 'MDXError' || /\.mdx(\?|$)/.test(e?.id ?? e?.loc?.file ?? '')) {
    const file = e.loc?.file ?? e.id ?? '';
    return {
      where: show(file.replace(/\?.*$/, ''), e.loc?.line),
      what: `MDX 문법 오류: ${mdxProblem(e.message)}`,
      kind: 'content',
      more: Array.isArray(inner) ? inner.length - 1 : 0,
    };
  }
  if (e?.loc?.file) {
    return {
      where: show(e.loc.file, e.loc.line),
      what: plain(e.message || e.title || String(e)),
      kind: resolve(root, e.loc.file).startsWith(contentRoot) ? 'content' : 'internal',
      detail: e.stack,
      more: 0,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { where: null, what: plain(message), kind: 'internal', detail: error instanceof Error ? error.stack : undefined, more: 0 };
}

function isDataError(error: unknown): error is DataErrorShape {
  const e = error as Partial<DataErrorShape> | null;
  return e?.name === 'DataError' && typeof e.file === 'string' && typeof e.problem === 'string' && Array.isArray(e.all);
}

/** Astro's messages mark names up as Markdown (**jobs → cs-manager**); a terminal shows them plain. */
function plain(text: string): string {
  return text.replaceAll('**', '').trim();
}
