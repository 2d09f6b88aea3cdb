import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagingFor, startStaging, swapIn, SwapError } from '../../../src/build/site/swap.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'swap-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

describe('building beside the output folder', () => {
  it('swaps the new site in and leaves nothing beside it', () => {
    const s = stagingFor(join(work, 'dist'));
    site(s.out, 'old');
    startStaging(s);
    writeFileSync(join(s.next, 'index.html'), 'new');
    swapIn(s);
    expect(readFileSync(join(s.out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(s.next)).toBe(false);
    expect(existsSync(s.previous)).toBe(false);
  });

  it('works when there was no site yet', () => {
    const s = stagingFor(join(work, 'dist'));
    startStaging(s);
    writeFileSync(join(s.next, 'index.html'), 'new');
    swapIn(s);
    expect(readFileSync(join(s.out, 'index.html'), 'utf8')).toBe('new');
  });

  it('clears a half-made site left by an interrupted build', () => {
    const s = stagingFor(join(work, 'dist'));
    site(s.out, 'old');
    site(s.next, 'half');
    writeFileSync(join(s.next, 'stray.html'), 'half');
    startStaging(s);
    expect(existsSync(join(s.next, 'stray.html'))).toBe(false);
    expect(readFileSync(join(s.out, 'index.html'), 'utf8')).toBe('old');
  });

  it('puts the old site back when a swap was cut off between its two renames', () => {
    const s = stagingFor(join(work, 'dist'));
    site(s.out, 'old');
    renameSync(s.out, s.previous);
    startStaging(s);
    expect(readFileSync(join(s.out, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(s.previous)).toBe(false);
  });

  it('keeps the old site when the new one cannot be moved in', () => {
    const s = stagingFor(join(work, 'dist'));
    site(s.out, 'old');
    startStaging(s);
    rmSync(s.next, { recursive: true }); // nothing to rename: the second rename fails
    expect(() => swapIn(s)).toThrow(SwapError);
    expect(readFileSync(join(s.out, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(s.previous)).toBe(false);
  });

  it('refuses an output path that is a file', () => {
    const s = stagingFor(join(work, 'dist'));
    writeFileSync(s.out, 'not a folder');
    expect(() => startStaging(s)).toThrow(/폴더가 아니라 파일/);
  });
});
