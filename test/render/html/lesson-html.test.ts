import { describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../../src/site-content/site.ts';
import type { LessonDesign } from '../../../src/model/lesson/types.ts';
import { lessonDesignHtml } from '../../../src/render/html/lesson-html.ts';

const designs = siteLessonDesigns('content');
const job = designs.find((d) => d.id === 'job-cs-manager')!;
const unit = designs.find((d) => d.kind === 'unit-lesson')!;
const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">\'&';

function poisoned(d: LessonDesign): LessonDesign {
  const copy = structuredClone(d);
  copy.title = hostile;
  copy.goals[0] = hostile;
  copy.periodPlans[0]!.steps[0]!.teacher = [{ blank: hostile }];
  copy.sources[0]!.title = hostile;
  copy.ncs.units[0]!.name = hostile;
  return copy;
}

describe('lesson design HTML renderer', () => {
  it('escapes every value it draws: no tag or attribute from the data reaches the markup', () => {
    for (const d of [job, unit]) {
      const html = lessonDesignHtml(poisoned(d), { base: '/' });
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&amp;');
    }
  });

  it('puts the site base in front of every link into the site', () => {
    const html = lessonDesignHtml(job, { base: '/career/' });
    const links = [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith('/career/'), l).toBe(true);
    expect(html).toContain(`href="/career/jobs/${job.job!.slug}/"`);
  });

  it('asks the editor about the title, every goal and every blank, by stable dotted paths', () => {
    const asked: string[] = [];
    lessonDesignHtml(unit, {
      base: '/',
      editor: (path) => {
        asked.push(path);
        return null;
      },
    });
    expect(asked).toContain('title');
    expect(asked).toContain('goals.0');
    expect(asked).toContain('periodPlans.0.steps.0.teacher.0');
    expect(asked).toContain('worksheet.sections.0.tasks.0.prompt');
    expect(asked.some((p) => p.startsWith('ncs.units.0.'))).toBe(true);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('draws what the editor returns in place of the item', () => {
    const html = lessonDesignHtml(job, { base: '/', editor: (path) => (path === 'goals.1' ? '<mark>edited</mark>' : null) });
    const goals = html.slice(html.indexOf('<h2 id="goals">'), html.indexOf('<h2 id="plan">'));
    expect(goals).toContain('<li><mark>edited</mark></li>');
    expect(goals).not.toContain(`<li>${job.goals[1]}</li>`);
  });
});
