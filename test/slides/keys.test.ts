import { describe, expect, it } from 'vitest';
import { keyAction, type KeyPress } from '../../src/slides/keys.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: more.code ?? '',
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...more,
});

describe('keys of 수업 화면', () => {
  it('move with the keys keyboards and clickers send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(keyAction(press(key), 'page')).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyAction(press(key), 'page')).toBe('previous');
    expect(keyAction(press(' ', { shiftKey: true }), 'page')).toBe('previous');
    expect(keyAction(press('Home'), 'page')).toBe('first');
    expect(keyAction(press('End'), 'page')).toBe('last');
  });

  it('read letters by their place on the keyboard, so they work with the Korean layout on', () => {
    expect(keyAction(press('ㅅ', { code: 'KeyT' }), 'page')).toBe('timer');
    expect(keyAction(press('r', { code: 'KeyR' }), 'page')).toBe('timerReset');
    expect(keyAction(press('ㄹ', { code: 'KeyF' }), 'page')).toBe('fullscreen');
    expect(keyAction(press('x', { code: 'KeyX' }), 'page')).toBeNull();
  });

  it('leave Space to a focused button, every key to a field, and shortcuts with Ctrl, Alt or ⌘ to the browser', () => {
    expect(keyAction(press(' '), 'control')).toBeNull();
    expect(keyAction(press('ArrowRight'), 'control')).toBe('next');
    expect(keyAction(press('ArrowRight'), 'field')).toBeNull();
    expect(keyAction(press('t', { code: 'KeyT' }), 'field')).toBeNull();
    expect(keyAction(press('r', { code: 'KeyR', ctrlKey: true }), 'page')).toBeNull();
    expect(keyAction(press('f', { code: 'KeyF', metaKey: true }), 'page')).toBeNull();
    expect(keyAction(press('ArrowLeft', { altKey: true }), 'page')).toBeNull();
  });
});
