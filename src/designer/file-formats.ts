/**
 * The files a design is made into in the browser (the lesson pages, the designer, 수업 화면), by
 * the generator's own renderers. Each renderer's code loads only when she reaches for its button
 * (points at it, tabs to it or presses it), so a page that never makes the file never loads it.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { PPTX_TYPE } from '../render/pptx/pptx-type.ts';
import { designerText as T } from '../ui/designer.ts';
import { slideText as S } from '../ui/slides.ts';

export interface FileFormat {
  /** The file name's extension, and the `data-lesson-<ext>` attribute of the lesson pages' buttons. */
  ext: 'docx' | 'pptx';
  type: string;
  making: string;
  done: (name: string) => string;
  failed: string;
  /** `siteAddress`: where the site is served from, for the pages the design names (src/lib/site-address.ts). */
  bytes(design: LessonDesign, siteAddress: string | null): Promise<Uint8Array<ArrayBuffer>>;
  /** Starts loading the code when she points at or tabs to `button`, so the click waits less. */
  warmOn(button: HTMLElement): void;
}

/** A module loaded on first use, and again after a failed load. */
function lazy<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

function warmOn(load: () => Promise<unknown>): (button: HTMLElement) => void {
  return (button) => {
    const warm = () => void load().catch(() => undefined);
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
  };
}

const docxCode = lazy(() => import('../render/docx/lesson-docx.ts'));
const pptxCode = lazy(() => import('../render/pptx/lesson-pptx.ts'));

export const DOCX: FileFormat = {
  ext: 'docx',
  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  making: T.docxMaking,
  done: T.docxDone,
  failed: T.docxFailed,
  bytes: async (design, siteAddress) => (await docxCode()).lessonDocx(design, { siteAddress }),
  warmOn: warmOn(docxCode),
};

/** The slides (수업 화면) as a PowerPoint file. */
export const PPTX: FileFormat = {
  ext: 'pptx',
  type: PPTX_TYPE,
  making: S.pptxMaking,
  done: S.pptxDone,
  failed: S.pptxFailed,
  bytes: async (design) => (await pptxCode()).lessonPptx(design),
  warmOn: warmOn(pptxCode),
};
