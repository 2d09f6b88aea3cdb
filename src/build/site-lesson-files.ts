/**
 * Files written into the built site after `astro build`: each lesson page's design data
 * (/lessons/<id>/<id>.json, from which the page makes its .docx in the browser) and the
 * designer's data files (/lessons/design/data/). No .docx is written: the browser makes it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DESIGNER_DATA_DIR } from '../model/lesson/designer-data.ts';
import type { LessonInputs } from '../model/lesson/build.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { designerDataFiles } from '../render/designer-data.ts';
import { designFileNames } from './lesson-files.ts';
import { lessonJson } from '../render/lesson-json.ts';

export function writeSiteLessonFiles(
  dist: string,
  designs: readonly LessonDesign[],
  inputs: LessonInputs,
): { files: number; bytes: number } {
  const folder = (id: string) => join(dist, 'lessons', id);
  for (const d of designs) {
    if (!existsSync(join(folder(d.id), 'index.html'))) {
      throw new Error(
        `${join(folder(d.id), 'index.html')}: the lesson page is missing; build the site (astro build) with the same content first`,
      );
    }
  }
  if (!existsSync(join(dist, 'lessons', 'design', 'index.html'))) {
    throw new Error(`${join(dist, 'lessons/design/index.html')}: the designer page is missing; build the site (astro build) first`);
  }
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };
  for (const d of designs) write(join(dist, 'lessons', designFileNames(d.id).json), lessonJson(d));
  for (const f of designerDataFiles(inputs)) write(join(dist, DESIGNER_DATA_DIR, f.path), f.text);
  return { files, bytes };
}
