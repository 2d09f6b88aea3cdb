import { describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../../../src/site-content/site.ts';
import type { LessonDesign } from '../../../../src/model/lesson/types.ts';
import { lessonDocument } from '../../../../src/model/lesson/document/lesson-document.ts';
import { blockHtml, documentHtml } from '../../../../src/render/html/document/block-html.ts';

const designs = siteLessonDesigns('content');
const job = designs.find((d) => d.id === 'job-cs-manager')!;
const unit = designs.find((d) => d.kind === 'unit-lesson')!;
const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">\'&';
const html = (d: LessonDesign, base = '/') => documentHtml(lessonDocument(d, { designerQuery: 'job=x' }), { base });

function poisoned(d: LessonDesign): LessonDesign {
  const copy = structuredClone(d);
  copy.title = hostile;
  copy.goals[0] = hostile;
  copy.periodPlans[0]!.steps[0]!.teacher = [{ blank: hostile }];
  copy.sources[0]!.title = hostile;
  copy.ncs.units[0]!.name = hostile;
  return copy;
}

describe('lesson document HTML handlers', () => {
  it('escape every value they draw: no tag or attribute from the data reaches the markup', () => {
    for (const d of [job, unit]) {
      const out = html(poisoned(d));
      expect(out).not.toContain('<script');
      expect(out).not.toContain('<img');
      expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&amp;');
    }
  });

  it('put the site base in front of every link into the site', () => {
    const out = html(job, '/career/');
    const links = [...out.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith('/career/'), l).toBe(true);
    expect(out).toContain(`href="/career/jobs/${job.job!.slug}/"`);
    expect(out).toContain('href="/career/lessons/design/?job=x"');
  });

  it('draw a slide body with the same handlers: a block drawn alone is the markup it has in the page', () => {
    const doc = lessonDocument(job);
    const goals = doc.children.find((b) => b.type === 'list')!;
    const alone = blockHtml.list(goals as Extract<typeof goals, { type: 'list' }>, { base: '/' });
    expect(alone).toMatch(/^<ul[ >]/);
    expect(html(job)).toContain(alone);
  });

  it('let the designer draw each item node its own way, by the stable dotted path of its text', () => {
    const asked: string[] = [];
    documentHtml(lessonDocument(unit), {
      base: '/',
      item: (node) => {
        asked.push(node.path);
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

  it('draw what the editor returns in place of the item', () => {
    const out = documentHtml(lessonDocument(job), { base: '/', item: (node) => (node.path === 'goals.1' ? '<mark>edited</mark>' : null) });
    const goals = out.slice(out.indexOf('<h2 id="goals">'), out.indexOf('<h2 id="plan">'));
    expect(goals).toContain('<li><mark>edited</mark></li>');
    expect(goals).not.toContain(`<li>${job.goals[1]}</li>`);
  });
});
