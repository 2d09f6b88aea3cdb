/**
 * The designer's state in the browser's storage; every failure (private mode, quota) is survivable.
 * What cannot be read is never overwritten: the original text is first copied aside, so her words
 * are not lost even when this version of the page cannot read them.
 */
import { designFileText, readStoredState, type DesignerState } from './design-file.ts';
import { designerText as T } from '../ui/designer.ts';

export const STORAGE_KEY = 'cs-career.lesson-designer';
/** Copies of stored states this page could not read whole: STORAGE_KEY.unread.1, .2, … */
const UNREAD_KEY = `${STORAGE_KEY}.unread`;

/** The store the page uses; a parameter so tests run the page's own code on a store of their own. */
export type StateStore = Pick<Storage, 'getItem' | 'setItem'>;

function browserStore(): StateStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface LoadedState {
  state: DesignerState | null;
  /** Said to her when part or all of what was stored could not be read (it was copied aside). */
  notice: string | null;
}

export function loadState(store: StateStore | null = browserStore()): LoadedState {
  let text: string | null;
  try {
    text = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { state: null, notice: null };
  }
  if (text === null) return { state: null, notice: null };
  const read = readStoredState(text);
  if (read.ok && read.damaged.length === 0) return { state: read.state, notice: null };
  keepUnread(store!, text);
  if (!read.ok) return { state: null, notice: T.storageUnread };
  return { state: read.state, notice: T.storagePartly(read.damaged.join(', ')) };
}

/** False when the browser would not keep it. */
export function saveState(state: DesignerState, store: StateStore | null = browserStore()): boolean {
  try {
    if (!store) return false;
    store.setItem(STORAGE_KEY, designFileText(state));
    return true;
  } catch {
    return false;
  }
}

/** Copies a stored text this page could not read whole aside, once. */
function keepUnread(store: StateStore, text: string): void {
  try {
    let n = 1;
    for (; store.getItem(`${UNREAD_KEY}.${n}`) !== null; n++) if (store.getItem(`${UNREAD_KEY}.${n}`) === text) return;
    store.setItem(`${UNREAD_KEY}.${n}`, text);
  } catch {
    // Nothing more can be done in a full or closed store; the original stays until the page saves.
  }
}
