/** Hands bytes to the browser as a download with a given file name. */
export function download(bytes: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let docxCode: Promise<typeof import('../render/docx/lesson-docx.ts')> | undefined;

function loadDocxCode() {
  docxCode ??= import('../render/docx/lesson-docx.ts');
  docxCode.catch(() => (docxCode = undefined));
  return docxCode;
}

/** The .docx of a design, made by the generator's renderer; its code loads only when asked for. */
export async function docxBytes(design: import('../model/lesson/types.ts').LessonDesign): Promise<Uint8Array<ArrayBuffer>> {
  const { lessonDocx } = await loadDocxCode();
  return lessonDocx(design);
}

/** Starts loading the .docx code when she points at or tabs to the button, so the click waits less. */
export function warmDocxOn(button: HTMLElement): void {
  const warm = () => void loadDocxCode().catch(() => undefined);
  button.addEventListener('pointerenter', warm, { once: true });
  button.addEventListener('focus', warm, { once: true });
}
