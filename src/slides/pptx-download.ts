/**
 * The .pptx buttons ([data-lesson-pptx] holds the address of the design's data): the file is made
 * in the browser by the generator's renderer, whose code loads only when she reaches for the
 * button, so pages that never make a .pptx never load it.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { download } from '../designer/download.ts';
import { PPTX_TYPE } from '../render/pptx/pptx-type.ts';
import { slideText as T } from '../ui/slides.ts';

let code: Promise<typeof import('../render/pptx/lesson-pptx.ts')> | undefined;

function loadPptxCode() {
  code ??= import('../render/pptx/lesson-pptx.ts');
  code.catch(() => (code = undefined));
  return code;
}

/** The .pptx of a design; its code loads on first use. */
export async function pptxBytes(design: LessonDesign): Promise<Uint8Array<ArrayBuffer>> {
  const { lessonPptx } = await loadPptxCode();
  return lessonPptx(design);
}

/** Starts loading the .pptx code when she points at or tabs to a button, so the click waits less. */
export function warmPptxOn(button: HTMLElement): void {
  const warm = () => void loadPptxCode().catch(() => undefined);
  button.addEventListener('pointerenter', warm, { once: true });
  button.addEventListener('focus', warm, { once: true });
}

export function startPptxButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lesson-pptx]')) {
    const status = document.querySelector<HTMLElement>(`[data-pptx-status="${button.id}"]`);
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    button.hidden = false;
    warmPptxOn(button);
    button.addEventListener('click', async () => {
      button.disabled = true;
      say(T.pptxMaking);
      try {
        const response = await fetch(button.dataset.lessonPptx!);
        if (!response.ok) throw new Error(String(response.status));
        const { design } = (await response.json()) as { design: LessonDesign };
        const name = button.dataset.fileName ?? `${design.id}.pptx`;
        download(await pptxBytes(design), name, PPTX_TYPE);
        say(T.pptxDone(name));
      } catch {
        say(T.pptxFailed);
      } finally {
        button.disabled = false;
      }
    });
  }
}
