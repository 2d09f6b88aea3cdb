/**
 * The lesson page's file buttons ([data-lesson-docx], [data-lesson-pptx], holding the address of
 * the design's data): each file is made in the browser from that data by the generator's
 * renderer, so the site holds no .docx or .pptx files. Their words go to the [data-file-status]
 * of the [data-files] group around them.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { download } from './download.ts';
import { DOCX, PPTX } from './file-formats.ts';

export function startPageFiles(): void {
  for (const format of [DOCX, PPTX]) {
    for (const button of document.querySelectorAll<HTMLButtonElement>(`[data-lesson-${format.ext}]`)) {
      const group = button.closest<HTMLElement>('[data-files]');
      const status = group?.querySelector<HTMLElement>('[data-file-status]');
      // The address the page was built for (SITE_URL and the base), as its printout shows it.
      const address = group?.dataset.siteAddress || null;
      const say = (text: string) => {
        if (status) status.textContent = text;
      };
      button.hidden = false;
      format.warmOn(button);
      button.addEventListener('click', async () => {
        button.disabled = true;
        say(format.making);
        try {
          const response = await fetch(button.getAttribute(`data-lesson-${format.ext}`)!);
          if (!response.ok) throw new Error(String(response.status));
          const { design } = (await response.json()) as { design: LessonDesign };
          const name = button.dataset.fileName ?? `${design.id}.${format.ext}`;
          download(await format.bytes(design, address), name, format.type);
          say(format.done(name));
        } catch {
          say(format.failed);
        } finally {
          button.disabled = false;
        }
      });
    }
  }
}
