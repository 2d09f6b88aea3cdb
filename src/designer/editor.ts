/**
 * The designer's editable places, drawn as fields holding her words (see edits.ts): exactly the
 * item nodes the built design's document marks editable. The page draws the design with her
 * words applied; what is editable, and what each blank asks for, comes from the built design.
 */
import type { ItemNode } from '../model/lesson/document/nodes.ts';
import { isBlank, type LessonDesign } from '../model/lesson/types.ts';
import { escapeHtml } from '../render/html/escape.ts';
import { designerText as T } from '../ui/designer.ts';
import { lessonLabels as L } from '../ui/lessons.ts';
import { editableItems, itemText, shownEdit, type Edits } from './edits.ts';

/** Draws an item node of the applied design as a field when its place is editable in the built one. */
export function designEditor(original: LessonDesign, edits: Edits): (node: ItemNode) => string | null {
  const places = editableItems(original);
  return ({ path }) => {
    const place = places.get(path);
    if (!place) return null;
    const item = place.item;
    const value = shownEdit(original, edits, path)?.to ?? '';
    const field = (label: string, text: string) =>
      `<span class="designer-edit" contenteditable="true" role="textbox" tabindex="0" aria-label="${escapeHtml(label)}" data-edit-path="${escapeHtml(path)}">${escapeHtml(text)}</span>`;
    if (!isBlank(item)) {
      const label = path === 'title' ? T.editTitle : T.editGoal(Number(path.split('.')[1]) + 1);
      return field(label, value || itemText(item));
    }
    return `<span class="lesson-blank${value ? ' lesson-blank--filled' : ''}"><strong class="lesson-blank__label">${escapeHtml(
      L.blankLabel,
    )}</strong> <span class="designer-hint">${escapeHtml(item.blank)}</span> ${field(T.editBlank(item.blank), value)}</span>`;
  };
}
