import { describe, expect, it } from 'vitest';
import { checkBuiltContent, formatProblem } from '../../src/site-content/content-check/check.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

// The content check's wording rules on what readers get: every built page, including what
// templates, components and lesson designs write (issue #20).
describe('wording of the built pages', () => {
  it('has no accidental strikethrough, no quote turned the wrong way, particles that fit, survey years beside 직업사전 figures', () => {
    const { pages, problems } = checkBuiltContent('content', siteDir(siteVariants[0]));
    expect(pages).toBeGreaterThan(50);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
