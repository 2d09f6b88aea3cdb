import { describe, expect, it } from 'vitest';
import { layoutPath } from '../../../src/model/career-path/layout.ts';
import { renderPathSvg, renderPreviewSvg } from '../../../src/model/career-path/svg.ts';

describe('renderPathSvg', () => {
  const svg = renderPathSvg(layoutPath([{ label: '상담원' }, { label: 'R&D <팀>' }], 'horizontal'), {
    id: 'p1',
    title: '경로 "그림"',
    description: '상담원에서 시작해요',
  });

  it('is an image named by its title and described by its desc', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="p1-title" aria-describedby="p1-desc"/);
    expect(svg).toContain('<title id="p1-title">경로 &quot;그림&quot;</title>');
    expect(svg).toContain('<desc id="p1-desc">상담원에서 시작해요</desc>');
  });

  it('escapes step text and draws one arrow with its head', () => {
    expect(svg).toContain('R&amp;D &lt;팀&gt;');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
  });

  it('sets no colours itself, so the page theme decides them', () => {
    expect(svg).not.toMatch(/fill="#|stroke="#/);
  });
});

describe('renderPreviewSvg', () => {
  it('is hidden from screen readers and draws one dot per step', () => {
    const svg = renderPreviewSvg(4, 3);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});
