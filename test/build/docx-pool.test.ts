import { beforeAll, describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { docxThreads, renderDocxFiles } from '../../src/build/docx/docx-pool.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';

// A worker thread loads the docx library and the renderer from source before its first design: on a
// loaded 2-core machine that alone can take several seconds, so the tests use one worker and give it time.
const WORKER_TIME = 120_000;

let designs: LessonDesign[];
beforeAll(() => {
  designs = siteLessonDesigns('test/fixtures/site');
});

describe('the .docx pool', () => {
  it(
    'gives every design, through a worker thread, the bytes lessonDocx gives it',
    async () => {
      const got = new Map<number, Uint8Array>();
      await renderDocxFiles(
        designs,
        (i, bytes) => {
          expect(got.has(i)).toBe(false);
          got.set(i, bytes);
        },
        1,
      );
      expect([...got.keys()].sort((a, b) => a - b)).toEqual(designs.map((_, i) => i));
      for (const [i, design] of designs.entries()) {
        expect(Buffer.from(got.get(i)!).equals(Buffer.from(await lessonDocx(design))), design.id).toBe(true);
      }
    },
    WORKER_TIME,
  );

  it(
    'stops with an error that names the design a worker could not render',
    async () => {
      const broken = { ...designs[0]!, id: 'broken-design', periodPlans: null } as unknown as LessonDesign;
      await expect(renderDocxFiles([broken, designs[1]!], () => {}, 1)).rejects.toThrow(/broken-design/);
    },
    WORKER_TIME,
  );

  it('starts no threads for a handful of designs, then one per core up to one per batch of 16', () => {
    expect(docxThreads(17, 8)).toBe(0);
    expect(docxThreads(63, 8)).toBe(0);
    expect(docxThreads(64, 8)).toBe(4);
    expect(docxThreads(13_400, 2)).toBe(2);
    expect(docxThreads(13_400, 8)).toBe(8);
  });
});
