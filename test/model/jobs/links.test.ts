import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../../src/schemas/job.ts';
import type { JobEntry } from '../../../src/model/jobs/comparison.ts';
import { lessonPath, ncsUnitLinks, relatedJobLinks } from '../../../src/model/jobs/links.ts';

function job(id: string, extra: Record<string, unknown> = {}): JobEntry {
  return {
    id,
    data: jobSchema.parse({
      title: `${id} 제목`,
      summary: '요약',
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
  it('gives name, level and the route-map path of each unit', () => {
    expect(ncsUnitLinks(job('cs-manager', { ncsUnits: ['0201030406_21v2'] }))).toEqual([
      { code: '0201030406_21v2', name: '고객관리', level: 3, path: 'ncs/units/0201030406_21v2/' },
    ]);
  });
});

describe('lessonPath', () => {
  it('builds the lesson design path of a job', () => {
    expect(lessonPath('cs-manager')).toBe('lessons/job-cs-manager/');
  });
});
