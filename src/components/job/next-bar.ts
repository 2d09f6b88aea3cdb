import { nextPart, type NextLink, type PagePart } from './next-part.ts';

interface Beyond extends Omit<NextLink, 'kind'> {
  /** The words before its label ("다음 직업"), or none. */
  readonly dir: string;
}

/**
 * Keeps a job page's phone bar (JobNextBar) up to date: shown once the first screen's "이어서 읽기"
 * has scrolled away and until the pager at the end comes into view, naming the part being read and
 * linking the next one. A bar that holds the keyboard's focus stays, so focus is never lost. The
 * keyboard's focus is kept clear of the bar by the page's scroll-padding (JobNextBar's style).
 */
export function watchNextBar(doc: Document): void {
  const bar = doc.querySelector<HTMLElement>('[data-job-bar]');
  if (!bar) return;
  const parts = JSON.parse(bar.dataset.parts ?? '[]') as PagePart[];
  const beyond = JSON.parse(bar.dataset.beyond ?? '{}') as Beyond;
  const headings = parts.map((p) => doc.getElementById(p.id));
  const intro = doc.querySelector('.job-next');
  const end = doc.querySelector('.pager') ?? doc.querySelector('.site-footer');
  const now = bar.querySelector<HTMLElement>('.job-bar__now')!;
  const nowLabel = bar.querySelector<HTMLElement>('[data-job-bar-now]')!;
  const link = bar.querySelector<HTMLAnchorElement>('[data-job-bar-next]')!;
  const dir = bar.querySelector<HTMLElement>('[data-job-bar-dir]')!;
  const label = bar.querySelector<HTMLElement>('[data-job-bar-label]')!;
  const arrow = bar.querySelector<HTMLElement>('[data-job-bar-arrow]')!;
  const partDir = dir.dataset.partDir ?? '';

  const update = () => {
    const height = window.innerHeight;
    const introGone = !intro || intro.getBoundingClientRect().bottom < 0;
    const endShown = end !== null && end.getBoundingClientRect().top < height;
    bar.hidden = !bar.contains(doc.activeElement) && (!introGone || endShown);
    if (bar.hidden) return;
    const tops = headings.map((h) => h?.getBoundingClientRect().top ?? Infinity);
    const { current, next } = nextPart(parts, tops, height / 3, beyond);
    now.hidden = current === undefined;
    nowLabel.textContent = current?.label ?? '';
    link.href = next.href;
    dir.textContent = next.kind === 'part' ? partDir : beyond.dir;
    dir.hidden = dir.textContent === '';
    label.textContent = next.label;
    arrow.textContent = next.kind === 'part' ? '↓' : '→';
  };

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  bar.addEventListener('focusout', schedule);
  update();
}
