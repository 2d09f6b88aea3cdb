import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

// A real validator over every built page (KWCAG 8.1.1: markup without errors).
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
});

describe('HTML validity', () => {
  const pages = builtPages(siteDir(siteVariants[0]), '/');
  it.each(pages)('$path is valid HTML', async ({ file }) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
