/**
 * What the page shows of a design: its title and summary, its document drawn by the shared HTML
 * handlers with her words in place and every editable place as a field, and her words that found
 * no place. Pure: the page sets these (app.ts), tests read them.
 */
import { lessonDocument } from '../model/lesson/document/lesson-document.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { documentHtml } from '../render/html/document/block-html.ts';
import { designerText as T } from '../ui/designer.ts';
import { unplacedLine } from './edit-place.ts';
import { designEditor } from './editor.ts';
import { applyEdits, placeEdits, type Edits } from './edits.ts';

export interface KeptLine {
  /** The edit's key, for the button that lets it go. */
  key: string;
  text: string;
  buttonLabel: string;
}

export interface DesignView {
  title: string;
  summary: string;
  html: string;
  /** Her words that found no place in this design, in her words (never a path or a key). */
  kept: KeptLine[];
}

/** `siteAddress`: where the site is served from (the page's origin and base), printed beside each page the design names. */
export function designView(design: LessonDesign, edits: Edits, base: string, siteAddress: string | null = null): DesignView {
  const applied = applyEdits(design, edits);
  return {
    title: applied.title,
    summary: applied.summary,
    html: documentHtml(lessonDocument(applied, { siteAddress }), { base, item: designEditor(design, edits) }),
    kept: placeEdits(design, edits).unplaced.map(({ key, edit }, i) => ({
      key,
      text: unplacedLine(key, edit),
      buttonLabel: T.kept.discardLabel(i + 1),
    })),
  };
}

/** The designs of a request to choose from (a choice shows only for two or more). */
export function designChoices(designs: readonly LessonDesign[], shown: number): { value: string; label: string; selected: boolean }[] {
  return designs.map((d, i) => ({ value: String(i), label: d.title, selected: i === shown }));
}

// ---- the page's parts ----------------------------------------------------------------------------

/** Her words that found no place, each with a button to let it go. */
export function drawKept(box: HTMLElement, kept: readonly KeptLine[]): void {
  box.hidden = kept.length === 0;
  if (kept.length === 0) return box.replaceChildren();
  const heading = document.createElement('h2');
  heading.className = 'designer-subhead';
  heading.textContent = T.kept.heading;
  const intro = document.createElement('p');
  intro.textContent = T.kept.intro;
  const list = document.createElement('ul');
  list.append(
    ...kept.map((line) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tool-button';
      button.dataset.discard = line.key;
      button.textContent = T.kept.discard;
      button.setAttribute('aria-label', line.buttonLabel);
      li.append(`${line.text} `, button);
      return li;
    }),
  );
  box.replaceChildren(heading, intro, list);
}

/** A select's options, set as text. */
export function fillSelect(
  select: HTMLSelectElement,
  options: readonly { value: string; label: string; selected?: boolean }[],
  keepFirst = false,
): void {
  const first = keepFirst ? [...select.options].slice(0, 1) : [];
  select.replaceChildren(
    ...first,
    ...options.map((o) => {
      const option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.label;
      option.selected = o.selected ?? false;
      return option;
    }),
  );
}
