import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Builds a new version of `target` in a sibling folder (copy of `base` + `files`), runs `verify`
 * on it, and only then swaps it in. On any error the sibling is removed and `target` is untouched.
 */
export async function replaceDirAtomically(
  target: string,
  base: string | null,
  files: ReadonlyMap<string, string>,
  verify: (dir: string) => Promise<void> | void,
): Promise<void> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(parent, `.tmp-${basename(target)}-import-${stamp}`);
  const old = join(parent, `.tmp-${basename(target)}-old-${stamp}`);
  try {
    if (base !== null && existsSync(base)) await cp(base, fresh, { recursive: true });
    else await mkdir(fresh, { recursive: true });
    for (const [relative, text] of files) {
      const path = join(fresh, relative);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
    await verify(fresh);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  // Two renames on one file system: the target is either the old or the new folder, never half.
  if (existsSync(target)) {
    await rename(target, old);
    try {
      await rename(fresh, target);
    } catch (error) {
      await rename(old, target);
      await rm(fresh, { recursive: true, force: true });
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  } else {
    await rename(fresh, target);
  }
}
