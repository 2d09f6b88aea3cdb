/**
 * The built site is made in a folder beside the output folder and swapped in only when every step
 * succeeded, so a failed build leaves the last good site exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';

export interface Staging {
  /** The output folder a web server or `npm run preview` reads (dist/ or SITE_OUT_DIR). */
  out: string;
  /** Where this build writes; renamed to `out` at the end. */
  next: string;
  /** The previous site for the moment between the two renames of a swap. */
  previous: string;
}

/** Beside `out` (a rename never crosses file systems) and named after it, so a leftover explains itself. */
export function stagingFor(out: string): Staging {
  return { out, next: `${out}.building`, previous: `${out}.previous` };
}

export class SwapError extends Error {}

/**
 * An empty `next` folder. Leftovers of an interrupted build are cleared first; a site left in
 * `previous` by a swap cut off between its two renames is put back as the output folder.
 */
export function startStaging(s: Staging): void {
  if (existsSync(s.out) && !statSync(s.out).isDirectory()) {
    throw new SwapError(`${s.out}는 폴더가 아니라 파일이에요. 지우거나 다른 결과 폴더(SITE_OUT_DIR)를 고르세요.`);
  }
  if (existsSync(s.previous)) {
    if (existsSync(s.out)) rmSync(s.previous, { recursive: true, force: true });
    else renameSync(s.previous, s.out);
  }
  rmSync(s.next, { recursive: true, force: true });
  mkdirSync(s.next, { recursive: true });
}

export function discardStaging(s: Staging): void {
  rmSync(s.next, { recursive: true, force: true });
}

/** Replaces `out` with `next`; if that fails, `out` is the old site again and `next` is removed. */
export function swapIn(s: Staging): void {
  const hadOld = existsSync(s.out);
  try {
    if (hadOld) renameSync(s.out, s.previous);
  } catch (error) {
    discardStaging(s);
    throw new SwapError(renameProblem(s.out, error));
  }
  try {
    renameSync(s.next, s.out);
  } catch (error) {
    if (hadOld) renameSync(s.previous, s.out);
    discardStaging(s);
    throw new SwapError(renameProblem(s.out, error));
  }
  // The old site is no longer needed; a file held open elsewhere (Windows) only delays this.
  rmSync(s.previous, { recursive: true, force: true, maxRetries: 3 });
}

function renameProblem(out: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return (
    `${out} 폴더를 새 사이트로 바꾸지 못했어요 (${code}). 그 폴더를 연 프로그램(미리 보기 서버, 탐색기 창, ` +
    `편집기)을 닫고 다시 빌드하세요.`
  );
}
