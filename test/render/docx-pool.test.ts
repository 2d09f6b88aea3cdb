import { beforeAll, describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { docxThreads, renderDocxFiles } from '../../src/render/docx/docx-pool.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';

let designs: LessonDesign[];
beforeAll(() => {
  designs = siteLessonDesigns('content');
});

describe('the .docx pool', () => {
  it('gives every design, through worker threads, the bytes lessonDocx gives it', async () => {
    const got = new Map<number, Uint8Array>();
    await renderDocxFiles(
      designs,
      (i, bytes) => {
        expect(got.has(i)).toBe(false);
        got.set(i, bytes);
      },
      2,
    );
    expect([...got.keys()].sort((a, b) => a - b)).toEqual(designs.map((_, i) => i));
    for (const i of [0, Math.floor(designs.length / 2), designs.length - 1]) {
      expect(Buffer.from(got.get(i)!).equals(Buffer.from(await lessonDocx(designs[i]!)))).toBe(true);
    }
  });

  it('stops with an error that names the design a worker could not render', async () => {
    const broken = { ...designs[0]!, id: 'broken-design', periodPlans: null } as unknown as LessonDesign;
    await expect(renderDocxFiles([broken, ...designs.slice(1, 3)], () => {}, 2)).rejects.toThrow(/broken-design/);
  });

  it('starts no threads for a handful of designs and one per core for thousands', () => {
    expect(docxThreads(17)).toBe(0);
    expect(docxThreads(13_400)).toBeGreaterThanOrEqual(1);
  });
});
