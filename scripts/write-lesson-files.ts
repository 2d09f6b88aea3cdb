/**
 * Writes each lesson page's design data (.json) and the designer's data files into a built site:
 * `node scripts/write-lesson-files.ts [--dist dist]`. Runs after `astro build` (see the "build"
 * script), with the designs the pages were built from (content/lessons/defaults.yaml).
 */
import { readCommandLine } from '../src/cli/command-line.ts';
import { resolve } from 'node:path';
import { siteLessonDesigns, siteLessonInputs } from '../src/site-content/site.ts';
import { writeSiteLessonFiles } from '../src/build/site-lesson-files.ts';

const { values } = readCommandLine({
  usage: 'node scripts/write-lesson-files.ts',
  summary: '빌드된 사이트에 수업 설계 파일 쓰기 (npm run build의 셋째 단계를 따로)',
  options: { dist: { type: 'string', hint: '폴더', default: process.env.SITE_OUT_DIR ?? 'dist', help: '빌드된 사이트' } },
});

try {
  const started = performance.now();
  const designs = siteLessonDesigns();
  const { files, bytes } = writeSiteLessonFiles(resolve(values.dist), designs, siteLessonInputs());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`lesson files: ${designs.length} designs, ${files} files (${(bytes / 1e6).toFixed(1)} MB), ${seconds} s`);
} catch (error) {
  console.error(`write-lesson-files: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
