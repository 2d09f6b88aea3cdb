/**
 * The designer's editable places: the title, the goals and every blank of a built design, drawn
 * as fields holding her words (see edits.ts). What is editable is decided on the built design.
 */
import type { ItemEditor } from '../render/html/lesson-html.ts';
import { escapeHtml } from '../render/html/escape.ts';
import { isBlank, type LessonDesign } from '../model/lesson/types.ts';
import { designerText as T } from '../ui/designer.ts';
import { lessonLabels as L } from '../ui/lessons.ts';
import { isEditable, itemAt, itemText, shownEdit, type Edits } from './edits.ts';

export function designEditor(original: LessonDesign, edits: Edits): ItemEditor {
  return (path) => {
    if (!isEditable(original, path)) return null;
    const item = itemAt(original, path)!;
    const from = itemText(item);
    const value = shownEdit(original, edits, path)?.to ?? '';
    const field = (label: string, text: string) =>
      `<span class="designer-edit" contenteditable="true" role="textbox" tabindex="0" aria-label="${escapeHtml(label)}" data-edit-path="${escapeHtml(path)}">${escapeHtml(text)}</span>`;
    if (!isBlank(item)) {
      const label = path === 'title' ? T.editTitle : T.editGoal(Number(path.split('.')[1]) + 1);
      return field(label, value || from);
    }
    return `<span class="lesson-blank${value ? ' lesson-blank--filled' : ''}"><strong class="lesson-blank__label">${escapeHtml(
      L.blankLabel,
    )}</strong> <span class="designer-hint">${escapeHtml(item.blank)}</span> ${field(T.editBlank(item.blank), value)}</span>`;
  };
}
