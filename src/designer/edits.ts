/**
 * A teacher's own words on a built design: an overlay of edits keyed by dotted paths into the
 * design ("title", "goals.1", "periodPlans.0.steps.2.teacher.0"). Each edit remembers the text it
 * replaced and applies only while the design still has that text there, so a changed template
 * or other options never put her words in the wrong place. Pure: no DOM, no storage.
 */
import { isBlank, type Item, type LessonDesign } from '../model/lesson/types.ts';
import { lessonLabels as L } from '../ui/lessons.ts';

export interface Edit {
  /** The text the edit replaces (a blank's hint for a blank). */
  from: string;
  to: string;
}

export type Edits = Record<string, Edit>;

export function itemText(item: Item): string {
  return isBlank(item) ? item.blank : item;
}

/** The item at a path; a unit's missing definition reads as the blank the page shows for it. */
export function itemAt(design: LessonDesign, path: string): Item | undefined {
  let value: unknown = design;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null && /^ncs\.units\.\d+\.definition$/.test(path)) return { blank: L.ncsDefinition };
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && isBlank(value as Item) && typeof (value as { blank: unknown }).blank === 'string')
    return value as Item;
  return undefined;
}

/** Places a teacher may write: the title, every goal, and every blank. */
export function isEditable(design: LessonDesign, path: string): boolean {
  if (path === 'title' || /^goals\.\d+$/.test(path)) return itemAt(design, path) !== undefined;
  const item = itemAt(design, path);
  return item !== undefined && isBlank(item);
}

/** The design with her edits in place. Edits whose text no longer matches are left out. */
export function applyEdits(design: LessonDesign, edits: Edits): LessonDesign {
  const out = structuredClone(design);
  for (const [path, edit] of Object.entries(edits)) {
    const to = edit.to.trim();
    if (to === '' || !isEditable(design, path)) continue;
    const item = itemAt(design, path)!;
    if (itemText(item) !== edit.from) continue;
    setAt(out, path, to);
    // A goal shows again in the plan table, under its period.
    if (/^goals\.\d+$/.test(path)) {
      for (const plan of out.periodPlans) plan.goals = plan.goals.map((g) => (g === edit.from ? to : g));
    }
  }
  return out;
}

function setAt(design: LessonDesign, path: string, value: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let parent: unknown = design;
  for (const key of keys) parent = (parent as Record<string, unknown>)[key];
  (parent as Record<string, unknown>)[last] = value;
}
