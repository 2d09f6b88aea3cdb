/**
 * Renders many lesson .docx files on every core. The docx library's XML and zip work is
 * CPU-bound: at full NCS size (13,400 designs) it is most of the build, and one thread would
 * leave the second core idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LessonDesign } from '../../model/lesson/types.ts';
import { lessonDocx } from '../../render/docx/lesson-docx.ts';

/** Designs sent to a worker at once: fewer messages, and still an even share at the end. */
const BATCH = 16;
/** Below this, starting workers (each loads docx) costs more than it saves. */
const WORTH_A_WORKER = 64;

export interface DocxRequest {
  start: number;
  designs: LessonDesign[];
  siteAddress: string | null;
}
export type DocxReply = { start: number; files: Uint8Array[] } | { start: number; error: string };

/** Called once per design, in no particular order, with its index in `designs`. */
export type DocxSink = (index: number, bytes: Uint8Array) => void | Promise<void>;

/** Worker threads for `count` designs: none below WORTH_A_WORKER, else one a core but never more than there are batches. */
export function docxThreads(count: number, cores: number = availableParallelism()): number {
  return count < WORTH_A_WORKER ? 0 : Math.min(cores, Math.ceil(count / BATCH));
}

export async function renderDocxFiles(
  designs: readonly LessonDesign[],
  sink: DocxSink,
  threads = docxThreads(designs.length),
  siteAddress: string | null = null,
): Promise<void> {
  if (threads === 0) {
    for (const [i, design] of designs.entries()) await sink(i, await lessonDocx(design, { siteAddress }));
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./docx-worker.ts', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= designs.length) return done();
              const start = next;
              next = Math.min(designs.length, start + BATCH);
              worker.postMessage({ start, designs: designs.slice(start, next), siteAddress } satisfies DocxRequest);
            };
            worker.on('message', (reply: DocxReply) => {
              if ('error' in reply) return fail(new Error(reply.error));
              Promise.all(reply.files.map((bytes, k) => sink(reply.start + k, bytes))).then(send, fail);
            });
            worker.on('error', fail);
            worker.on('exit', (code) => fail(new Error(`the .docx worker stopped (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
