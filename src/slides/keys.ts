/**
 * Keys of 수업 화면. Presentation clickers send Page Down / Page Up (some arrows or Space), so
 * those move between slides. Letters are read by key position (`code`), so they work with the
 * Korean keyboard layout on too.
 */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'timer' | 'timerReset' | 'fullscreen';

export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * What a key press does, or null when it is not ours. `focus` says where the focus is: a button
 * or a link keeps Space for itself, a field every key.
 */
export function keyAction(press: KeyPress, focus: 'page' | 'control' | 'field'): PresentAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || focus === 'field') return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
      if (focus === 'control') return null;
      return press.shiftKey ? 'previous' : 'next';
  }
  if (press.shiftKey) return null;
  switch (press.code) {
    case 'KeyT':
      return 'timer';
    case 'KeyR':
      return 'timerReset';
    case 'KeyF':
      return 'fullscreen';
  }
  return null;
}
