/**
 * The downloads beside each lesson page (/lessons/<id>/<id>.json and .docx), written into the
 * built site after `astro build`. Astro renders endpoints one at a time on one thread; the
 * .docx files made that most of a full-size build, and here they use every core.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LessonDesign } from '../model/lesson/types.ts';
import { renderEachDesign } from './lesson-files.ts';

export async function writeSiteLessonFiles(dist: string, designs: readonly LessonDesign[]): Promise<{ files: number; bytes: number }> {
  const folder = (id: string) => join(dist, 'lessons', id);
  for (const d of designs) {
    if (!existsSync(join(folder(d.id), 'index.html'))) {
      throw new Error(
        `${join(folder(d.id), 'index.html')}: the lesson page is missing; build the site (astro build) with the same content first`,
      );
    }
  }
  let files = 0;
  let bytes = 0;
  await renderEachDesign(designs, (_, file) => {
    const path = join(dist, 'lessons', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
    files += 1;
    bytes += file.bytes.length;
  });
  return { files, bytes };
}
