/**
 * Her words typed into the design's fields (drawn by editor.ts): one line of plain text per field,
 * pasted text without formatting (it would not reach the .docx anyway). The page is told what was
 * typed where, and when she leaves the fields (lines shown twice, like a goal in the plan table,
 * then follow).
 */

/** What a field holds, as one line. */
export function fieldText(raw: string | null): string {
  return (raw ?? '').replace(/\s+/g, ' ');
}

export interface FieldEvents {
  typed(path: string, text: string, field: HTMLElement): void;
  left(): void;
}

export function watchEditFields(preview: HTMLElement, on: FieldEvents): void {
  const fieldOf = (target: EventTarget | null) => (target as HTMLElement | null)?.closest<HTMLElement>('[data-edit-path]') ?? null;
  preview.addEventListener('input', (event) => {
    const field = fieldOf(event.target);
    if (field) on.typed(field.dataset.editPath!, fieldText(field.textContent), field);
  });
  preview.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && fieldOf(event.target)) event.preventDefault();
  });
  preview.addEventListener('paste', (event) => {
    const field = fieldOf(event.target);
    const selection = window.getSelection();
    if (!field || !selection || selection.rangeCount === 0) return;
    event.preventDefault();
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(fieldText(event.clipboardData?.getData('text/plain') ?? '')));
    range.collapse(false);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  preview.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as HTMLElement | null;
    if ((event.target as HTMLElement).dataset.editPath === undefined || next?.closest('[data-edit-path]')) return;
    on.left();
  });
}
