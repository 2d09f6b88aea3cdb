import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../../src/schemas/job.ts';
import type { JobEntry } from '../../../src/model/jobs/comparison.ts';
import { lessonPath, ncsUnitLinks, relatedJobLinks } from '../../../src/model/jobs/links.ts';
import type { NcsCatalog } from '../../../src/model/ncs/types.ts';

function job(id: string, extra: Record<string, unknown> = {}): JobEntry {
  return {
    id,
    data: jobSchema.parse({
      title: `${id} 제목`,
      summary: '요약',
      day: ['첫 일', '둘째 일'],
      good: ['좋은 점'],
      hard: ['힘든 점'],
      order: 1,
      workArea: '고객만족·VOC',
      officialName: null,
      dictionaryCode: null,
      education: null,
      skillPeriod: null,
      keco: null,
      ksco: null,
      sources: ['seed-000'],
      ...extra,
    }),
  };
}

describe('relatedJobLinks', () => {
  it('links each related slug to its page with the page title', () => {
    const all = [job('cs-manager', { relatedJobs: ['cx-leader'] }), job('cx-leader')];
    expect(relatedJobLinks(all[0]!, all)).toEqual([{ slug: 'cx-leader', title: 'cx-leader 제목', path: 'jobs/cx-leader/' }]);
  });

  it('names the file and the slug when a related page is missing', () => {
    const lonely = job('cs-manager', { relatedJobs: ['telemarketer'] });
    expect(() => relatedJobLinks(lonely, [lonely])).toThrow('content/jobs/cs-manager.mdx: relatedJobs: "telemarketer"');
  });
});

describe('ncsUnitLinks', () => {
  const catalog = { units: new Map([['0901020304_21v2', { name: '시험 단위', level: 3 }]]) } as unknown as NcsCatalog;

  it('gives name, level and the route-table path of each unit', () => {
    expect(ncsUnitLinks(job('cs-manager', { ncsUnits: ['0901020304_21v2'] }), catalog)).toEqual([
      { code: '0901020304_21v2', name: '시험 단위', level: 3, path: 'ncs/units/0901020304_21v2/' },
    ]);
  });

  it('names the file and the code when the catalog lacks the unit', () => {
    expect(() => ncsUnitLinks(job('cs-manager', { ncsUnits: ['0901020305_21v2'] }), catalog)).toThrow(
      'content/jobs/cs-manager.mdx: ncsUnits: "0901020305_21v2"',
    );
  });
});

describe('lessonPath', () => {
  it('builds the lesson design path of a job', () => {
    expect(lessonPath('cs-manager')).toBe('lessons/job-cs-manager/');
  });
});
