import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDistRoot } from './sites.ts';

/**
 * Astro writes each build's content map into the project (`.astro/content-modules.mjs`) and then
 * bundles it, so two builds of different content at once can read each other's map. Tests that
 * build a site from their own content, in parallel test files, take turns here.
 */
export function oneBuildAtATime<T>(build: () => T): T {
  const lock = join(testDistRoot, 'build.lock');
  mkdirSync(testDistRoot, { recursive: true });
  const started = Date.now();
  while (!take(lock)) {
    if (Date.now() - started > 15 * 60_000) throw new Error(`${lock} was held for 15 minutes`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function take(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A run that was stopped mid-build leaves its lock behind.
    const holder = Number(readPid(lock));
    if (holder > 0 && !alive(holder)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function readPid(lock: string): string {
  try {
    return readFileSync(join(lock, 'pid'), 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
