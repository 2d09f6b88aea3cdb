/**
 * Renders designs to files (JSON, .docx and the slides' .pptx per design, plus an index) and writes them atomically:
 * everything goes to a temporary folder beside the output, which is then swapped in. Any error
 * before the swap leaves the output folder exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OptionError } from '../model/lesson/errors.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { renderDocxFiles } from './docx/docx-pool.ts';
import { lessonJson } from '../render/lesson-json.ts';
import { lessonPptx } from '../render/pptx/lesson-pptx.ts';

/** Marks a folder as the generator's own, so it never swaps away a folder of other files. */
export const OUTPUT_MARKER = '.lesson-designs';

export interface OutputFile {
  /** Relative to the output folder, with '/'. */
  path: string;
  bytes: Uint8Array;
}

export function designFileNames(id: string): { docx: string; json: string; pptx: string } {
  return { docx: `${id}/${id}.docx`, json: `${id}/${id}.json`, pptx: `${id}/${id}.pptx` };
}

/**
 * Each design's .json, .docx and .pptx, handed to `sink` with the design's index as they are
 * made: the .json first for every design, the .docx as the worker pool finishes them, the .pptx
 * on this thread meanwhile.
 */
export async function renderEachDesign(
  designs: readonly LessonDesign[],
  sink: (index: number, file: OutputFile) => void,
  siteAddress: string | null = null,
): Promise<void> {
  const encoder = new TextEncoder();
  designs.forEach((design, i) => sink(i, { path: designFileNames(design.id).json, bytes: encoder.encode(lessonJson(design)) }));
  const slides = async () => {
    for (const [i, design] of designs.entries()) sink(i, { path: designFileNames(design.id).pptx, bytes: await lessonPptx(design) });
  };
  await Promise.all([
    renderDocxFiles(designs, (i, bytes) => sink(i, { path: designFileNames(designs[i]!.id).docx, bytes }), undefined, siteAddress),
    slides(),
  ]);
}

/** `siteAddress`: where the site is served from, for the addresses and QR codes of the pages the designs name. */
export async function renderDesignFiles(designs: readonly LessonDesign[], siteAddress: string | null = null): Promise<OutputFile[]> {
  const encoder = new TextEncoder();
  const perDesign: OutputFile[][] = designs.map(() => []);
  await renderEachDesign(designs, (i, file) => perDesign[i]!.push(file), siteAddress);
  const files = perDesign.flat();
  const index = designs.map((d) => ({
    id: d.id,
    title: d.title,
    kind: d.kind,
    job: d.job?.slug ?? null,
    unit: d.unit?.code ?? null,
    level: d.unit?.level ?? null,
    school: d.audience.school,
    periods: d.periods,
    minutes: d.minutesPerPeriod,
    files: designFileNames(d.id),
  }));
  files.push({ path: 'index.json', bytes: encoder.encode(`${JSON.stringify(index, null, 2)}\n`) });
  files.push({ path: OUTPUT_MARKER, bytes: encoder.encode('npm run generate가 만든 폴더예요. 다시 만들면 통째로 바뀌어요.\n') });
  return files;
}

/** Refuses outputs that are files, or folders holding things the generator did not make. */
export function checkOutputDir(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new OptionError('out', `${out}는 폴더가 아니라 파일이에요`);
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new OptionError('out', `${out}에 생성기가 만들지 않은 파일이 있어요. 비어 있거나 새 폴더를 정해 주세요`);
  }
}

export function writeOutputAtomically(out: string, files: readonly OutputFile[]): void {
  const target = resolve(out);
  checkOutputDir(target);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const old = `${staging}.old`;
  renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (e) {
    renameSync(old, target);
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
