/** One thread of the .docx pool (docx-pool.ts): designs in, .docx bytes out, in order. */
import { parentPort } from 'node:worker_threads';
import type { DocxReply, DocxRequest } from './docx-pool.ts';
import { lessonDocx } from '../../render/docx/lesson-docx.ts';

parentPort!.on('message', async ({ start, designs, siteAddress }: DocxRequest) => {
  let reply: DocxReply;
  try {
    const files: Uint8Array[] = [];
    for (const design of designs) files.push(await lessonDocx(design, { siteAddress }));
    reply = { start, files };
  } catch (e) {
    reply = { start, error: `${designs[0]?.id ?? ''}…: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort!.postMessage(reply);
});
