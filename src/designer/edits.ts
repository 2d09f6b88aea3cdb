/**
 * A teacher's own words on a built design: an overlay of edits keyed by dotted paths into the
 * design ("title", "goals.1", "periodPlans.0.steps.2.teacher.0"). Each edit remembers the text it
 * replaced and applies only while the design still has that text there, so a changed template
 * or other options never put her words in the wrong place. An edit that finds no place is never
 * dropped: it stays in the overlay, the page lists it, and it comes back when its place does.
 * An edit moved aside (her newer words took its place) is kept under "kept.<n>.<path>".
 * Pure: no DOM, no storage.
 */
import { lessonDocument } from '../model/lesson/document/lesson-document.ts';
import type { ItemNode } from '../model/lesson/document/nodes.ts';
import { editableItems as editableItemsOf } from '../model/lesson/document/walk.ts';
import { isBlank, type Item, type LessonDesign } from '../model/lesson/types.ts';

export interface Edit {
  /** The text the edit replaces (a blank's hint for a blank). */
  from: string;
  to: string;
}

export type Edits = Record<string, Edit>;

/** An edit with the key it is stored under. */
export interface KeyedEdit {
  key: string;
  edit: Edit;
}

const KEPT = /^kept\.(\d+)\.(.+)$/;

export function itemText(item: Item): string {
  return isBlank(item) ? item.blank : item;
}

/** The item at a path: a line of text or a blank, or undefined for anything else. */
export function itemAt(design: LessonDesign, path: string): Item | undefined {
  let value: unknown = design;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && isBlank(value as Item) && typeof (value as { blank: unknown }).blank === 'string')
    return value as Item;
  return undefined;
}

const editable = new WeakMap<LessonDesign, Map<string, ItemNode>>();

/**
 * The places a teacher may write in a design: exactly the item nodes its document marks editable
 * (the title, every goal, every blank; see src/model/lesson/document/make.ts), by edit path, in
 * document order. Worked out once per built design.
 */
export function editableItems(design: LessonDesign): Map<string, ItemNode> {
  let items = editable.get(design);
  if (!items) editable.set(design, (items = editableItemsOf(lessonDocument(design))));
  return items;
}

export function isEditable(design: LessonDesign, path: string): boolean {
  return editableItems(design).has(path);
}

/** Every place of a design she may write in, in the order the document shows them. */
export function editablePaths(design: LessonDesign): string[] {
  return [...editableItems(design).keys()];
}

/** The place an edit belongs to: its key without the "kept.<n>." of an edit kept aside. */
export function editTarget(key: string): string {
  return KEPT.exec(key)?.[2] ?? key;
}

function hasWords(edit: Edit): boolean {
  return edit.to.trim() !== '';
}

function fits(design: LessonDesign, path: string, edit: Edit): boolean {
  if (!isEditable(design, path)) return false;
  return itemText(itemAt(design, path)!) === edit.from;
}

/**
 * Where each edit goes in this design: at most one per place, her latest first (a place's own key
 * before edits kept aside). `unplaced` are edits with words that found no place: the page lists them.
 */
export function placeEdits(design: LessonDesign, edits: Edits): { placed: Map<string, KeyedEdit>; unplaced: KeyedEdit[] } {
  const entries = Object.entries(edits).map(([key, edit]) => ({ key, edit }));
  const kept = (key: string) => Number(KEPT.exec(key)?.[1] ?? -1);
  entries.sort((a, b) => kept(a.key) - kept(b.key));
  const placed = new Map<string, KeyedEdit>();
  const unplaced: KeyedEdit[] = [];
  for (const entry of entries) {
    if (!hasWords(entry.edit)) continue;
    const path = editTarget(entry.key);
    if (!placed.has(path) && fits(design, path, entry.edit)) placed.set(path, entry);
    else unplaced.push(entry);
  }
  return { placed, unplaced };
}

/** The design with her edits in place. Edits that find no place change nothing here (see placeEdits). */
export function applyEdits(design: LessonDesign, edits: Edits): LessonDesign {
  const out = structuredClone(design);
  for (const [path, { edit }] of placeEdits(design, edits).placed) {
    const to = edit.to.trim();
    setAt(out, path, to);
    // A goal shows again in the plan table, under its period.
    if (/^goals\.\d+$/.test(path)) {
      for (const plan of out.periodPlans) plan.goals = plan.goals.map((g) => (g === edit.from ? to : g));
    }
  }
  return out;
}

/** The edit shown at a place of this design, if any. */
export function shownEdit(design: LessonDesign, edits: Edits, path: string): Edit | undefined {
  return placeEdits(design, edits).placed.get(path)?.edit;
}

/**
 * What she typed as it is kept: one line, without characters no document can hold (control
 * characters, lone surrogates). Everything else stays as she wrote it.
 */
export function cleanTyped(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing these characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/**
 * Records what she typed at a place. An older edit of that key that no longer fits here is moved
 * aside, never overwritten; an edit kept aside that was shown here is replaced by her new words.
 */
export function recordEdit(design: LessonDesign, edits: Edits, path: string, typed: string): void {
  if (!isEditable(design, path)) return;
  const from = itemText(itemAt(design, path)!);
  const text = cleanTyped(typed);
  const shown = placeEdits(design, edits).placed.get(path);
  if (shown && shown.key !== path) delete edits[shown.key];
  const own = edits[path];
  if (own && hasWords(own) && !fits(design, path, own)) keepAside(edits, path, own);
  if (text.trim() === '' || (!isBlank(itemAt(design, path)!) && text.trim() === from)) delete edits[path];
  else edits[path] = { from, to: text };
}

function keepAside(edits: Edits, path: string, edit: Edit): void {
  let n = 1;
  while (Object.hasOwn(edits, `kept.${n}.${path}`)) n++;
  edits[`kept.${n}.${path}`] = edit;
}

/**
 * Her edits with a file's edits over them: where both have words for the same key and they differ,
 * the file's win the place and hers are kept aside. Nothing of either is lost.
 */
export function mergeEdits(current: Edits, incoming: Edits): Edits {
  const out: Edits = { ...current };
  for (const [key, edit] of Object.entries(incoming)) {
    const mine = out[key];
    if (mine && mine.from === edit.from && mine.to === edit.to) continue;
    if (mine && hasWords(mine)) {
      if (KEPT.test(key)) {
        keepAside(out, editTarget(key), edit);
        continue;
      }
      keepAside(out, key, mine);
    }
    out[key] = edit;
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
