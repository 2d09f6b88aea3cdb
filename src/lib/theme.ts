export type ThemeChoice = 'system' | 'light' | 'dark';

/** The theme button cycles system → light → dark → system. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return current === 'system' ? 'light' : current === 'light' ? 'dark' : 'system';
}
