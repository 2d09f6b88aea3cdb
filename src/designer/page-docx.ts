/**
 * The lesson page's .docx button: the file is made in the browser from the page's design data,
 * by the generator's renderer (loaded only when she asks), so the site holds no .docx files.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { designerText as T } from '../ui/designer.ts';
import { docxBytes, download, DOCX_TYPE, warmDocxOn } from './download.ts';

export function startPageDocx(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lesson-docx]')) {
    const status = button.closest('.lesson-downloads')?.querySelector<HTMLElement>('[data-docx-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    button.hidden = false;
    warmDocxOn(button);
    button.addEventListener('click', async () => {
      button.disabled = true;
      say(T.docxMaking);
      try {
        const response = await fetch(button.dataset.lessonDocx!);
        if (!response.ok) throw new Error(String(response.status));
        const { design } = (await response.json()) as { design: LessonDesign };
        const name = button.dataset.fileName ?? `${design.id}.docx`;
        download(await docxBytes(design), name, DOCX_TYPE);
        say(T.docxDone(name));
      } catch {
        say(T.docxFailed);
      } finally {
        button.disabled = false;
      }
    });
  }
}
