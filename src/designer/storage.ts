/** The designer's state in the browser's storage; every failure (private mode, quota) is survivable. */
import { designFileText, readDesignFile, type DesignerState } from './design-file.ts';

const KEY = 'cs-career.lesson-designer';

export function loadState(): DesignerState | null {
  try {
    const text = window.localStorage.getItem(KEY);
    if (text === null) return null;
    const result = readDesignFile(text);
    return result.ok ? result.state : null;
  } catch {
    return null;
  }
}

/** False when the browser would not keep it. */
export function saveState(state: DesignerState): boolean {
  try {
    window.localStorage.setItem(KEY, designFileText(state));
    return true;
  } catch {
    return false;
  }
}
