/** The axe rule tags the browser tests hold every page to: WCAG 2.1 A and AA (KWCAG 2.2 rests on them). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
