/**
 * What the page's buttons do with a design and her words: the .docx, the slides' .pptx and the
 * design file to hand her, opening a file, letting words go. The functions are pure but for the
 * renderers' code, which loads when asked for; `watchButtons` hands their results to the browser.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { designerText as T } from '../ui/designer.ts';
import { designFileText, MAX_FILE_BYTES, readDesignFile, readStoredState, withOpenedFile, type DesignerState } from './design-file.ts';
import { buildErrorText } from './build-error.ts';
import { download } from './download.ts';
import { applyEdits } from './edits.ts';
import { designFileBase } from './file-name.ts';
import { DOCX, PPTX, type FileFormat } from './file-formats.ts';

/** A file (.docx, .pptx) of the design with her words, and its Korean file name. */
export async function designOutput(
  format: FileFormat,
  design: LessonDesign,
  state: DesignerState,
  grade: number | null,
  siteAddress: string | null,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string }> {
  const bytes = await format.bytes(applyEdits(design, state.edits[design.id] ?? {}), siteAddress);
  return { bytes, name: `${designFileBase(design, grade)}.${format.ext}` };
}

/** The design file: the address and every design's words, named after the design shown. */
export function designFile(state: DesignerState, design: LessonDesign | undefined, grade: number | null): { text: string; name: string } {
  return { text: designFileText(state), name: T.designFileName(design ? designFileBase(design, grade) : null) };
}

/** The state after opening a file she chose, or why it cannot be opened (then nothing changes). */
export function openedFile(
  state: DesignerState,
  size: number,
  text: () => Promise<string>,
): Promise<{ ok: true; state: DesignerState; query: string } | { ok: false; message: string }> {
  if (size > MAX_FILE_BYTES) return Promise.resolve({ ok: false, message: T.file.tooBig });
  return text().then((t) => {
    const read = readDesignFile(t);
    return read.ok ? { ok: true, state: withOpenedFile(state, read.state), query: read.state.query } : read;
  });
}

/** Her words on one design, all gone (she confirmed). */
export function clearedEdits(state: DesignerState, designId: string): DesignerState {
  return { query: state.query, edits: { ...state.edits, [designId]: {} } };
}

/** One of her words that found no place, let go (she confirmed). */
export function discardedEdit(state: DesignerState, designId: string, key: string): DesignerState {
  const { [key]: _gone, ...rest } = state.edits[designId] ?? {};
  return { query: state.query, edits: { ...state.edits, [designId]: rest } };
}

/**
 * Another tab saved: its words become this tab's, so this tab's next save does not undo them.
 * Words typed here and not saved yet stay (they are saved in a moment, with the other tab's).
 */
export function withOtherTab(state: DesignerState, stored: string, unsaved: { designId: string } | null): DesignerState {
  const read = readStoredState(stored);
  if (!read.ok) return state;
  const mine = unsaved ? state.edits[unsaved.designId] : undefined;
  const next = { query: state.query, edits: { ...read.state.edits } };
  if (unsaved && mine) next.edits[unsaved.designId] = mine;
  return next;
}

// ---- the page's buttons ---------------------------------------------------------------------------

/** What the buttons need from the page: its state, the design shown, and how to say and redraw. */
export interface ActionSession {
  state(): DesignerState;
  /** Takes a new state: saved in the browser, the design redrawn, `said` in the status line. */
  changeState(next: DesignerState, said: string): void;
  design(): LessonDesign | undefined;
  grade(): number | null;
  /** Where the site is served from: the page's own origin and base. */
  siteAddress: string | null;
  status(text: string): void;
  /** Opens what a design file holds: its state, then its address. */
  open(next: DesignerState, query: string): Promise<void>;
}

export function watchButtons(root: HTMLElement, fileInput: HTMLInputElement, keptBox: HTMLElement, s: ActionSession): void {
  const button = (name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  const act = (name: string, fn: () => void | Promise<void>) =>
    button(name).addEventListener('click', () => {
      Promise.resolve()
        .then(fn)
        .catch((e: unknown) => s.status(buildErrorText(e)));
    });
  act('print', () => window.print());
  for (const format of [DOCX, PPTX]) {
    format.warmOn(button(format.ext));
    act(format.ext, async () => {
      const design = s.design();
      if (!design) return;
      s.status(format.making);
      const file = await designOutput(format, design, s.state(), s.grade(), s.siteAddress).catch(() => null);
      if (!file) return s.status(format.failed);
      download(file.bytes, file.name, format.type);
      s.status(format.done(file.name));
    });
  }
  act('copy', async () => {
    const copied = await navigator.clipboard.writeText(location.href).then(
      () => true,
      () => false,
    );
    s.status(copied ? T.linkCopied : T.linkShown);
  });
  act('save', () => {
    const file = designFile(s.state(), s.design(), s.grade());
    download(file.text, file.name, 'application/json');
    s.status(T.saved(file.name));
  });
  act('open', () => fileInput.click());
  act('clear', () => {
    const design = s.design();
    if (design && window.confirm(T.clearConfirm)) s.changeState(clearedEdits(s.state(), design.id), T.cleared);
  });
  keptBox.addEventListener('click', (event) => {
    const discard = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-discard]');
    const design = s.design();
    if (discard && design && window.confirm(T.kept.confirm))
      s.changeState(discardedEdit(s.state(), design.id, discard.dataset.discard!), T.kept.discarded);
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const opened = await openedFile(s.state(), file.size, () => file.text());
    if (!opened.ok) return s.status(opened.message);
    await s.open(opened.state, opened.query);
    s.status(T.opened);
  });
}
