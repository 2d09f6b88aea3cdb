/**
 * 수업 화면 in the browser: one slide at a time, moved by keys, a clicker or the buttons; the
 * step's timer; full screen; the teacher's notes beside the slide. Everything it shows is in the
 * page already, so once loaded it asks the network for nothing.
 */
import { slideText as T } from '../ui/slides.ts';
import { keyAction, type PresentAction } from './keys.ts';
import { clockText, StepTimers } from './timer.ts';

export function startPresent(root: HTMLElement | null = document.querySelector<HTMLElement>('[data-present]')): void {
  if (!root) return;
  const $ = <E extends HTMLElement>(name: string) => root.querySelector<E>(`[data-present-${name}]`)!;
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const controls = $('controls');
  const stage = root.querySelector<HTMLElement>('.present__stage')!;
  const position = $('position');
  const status = $('status');
  const clock = $('clock');
  const timerButton = $<HTMLButtonElement>('timer');
  const resetButton = $<HTMLButtonElement>('reset');
  const previousButton = $<HTMLButtonElement>('previous');
  const nextButton = $<HTMLButtonElement>('next');
  const fullscreenButton = $<HTMLButtonElement>('fullscreen');
  const notesButton = $<HTMLButtonElement>('notes-toggle');
  const notesPanel = $('notes');
  const notes = [...notesPanel.querySelectorAll<HTMLElement>('[data-notes-for]')];
  const timers = new StepTimers(() => performance.now());
  let index = 0;
  let overAnnounced = new Set<string>();

  root.classList.add('present--on');
  controls.hidden = false;
  fullscreenButton.hidden = !document.fullscreenEnabled;

  const titleOf = (slide: HTMLElement) => slide.querySelector('[data-slide-title]')?.textContent?.trim() ?? '';

  function show(next: number, announce = true): void {
    index = Math.max(0, Math.min(slides.length - 1, next));
    const slide = slides[index]!;
    slides.forEach((s, i) => (s.hidden = i !== index));
    position.textContent = T.position(index + 1, slides.length);
    previousButton.setAttribute('aria-disabled', String(index === 0));
    nextButton.setAttribute('aria-disabled', String(index === slides.length - 1));
    for (const n of notes) n.hidden = n.dataset.notesFor !== slide.id;
    // The address keeps her place for a reload; the first slide shown leaves it as it was.
    if (announce) {
      history.replaceState(history.state, '', `#${slide.id}`);
      status.textContent = T.announce(index + 1, slides.length, titleOf(slide));
      reveal();
    }
    const minutes = slide.dataset.minutes ? Number(slide.dataset.minutes) : null;
    timers.select(slide.dataset.step ?? null, minutes);
    drawTimer();
  }

  /**
   * In a window the page's heading sits above the slide, and the keys that move the slides no
   * longer scroll: a move brings the slide and its controls into view.
   */
  function reveal(): void {
    if (document.fullscreenElement) return;
    const top = stage.getBoundingClientRect().top;
    const bottom = controls.getBoundingClientRect().bottom;
    // At once, not with the site's smooth scrolling: the slide is what she is showing.
    if (top < 0 || bottom - top > innerHeight) scrollBy({ top, behavior: 'instant' });
    else if (bottom > innerHeight) scrollBy({ top: bottom - innerHeight, behavior: 'instant' });
  }

  function drawTimer(): void {
    const active = timers.active;
    clock.hidden = !active;
    for (const b of [timerButton, resetButton]) b.setAttribute('aria-disabled', String(!active));
    timerButton.textContent = timers.running ? T.timerPause : T.timerStart;
    timerButton.setAttribute('aria-pressed', String(timers.running));
    if (!active) return;
    const left = timers.remaining();
    clock.textContent = clockText(left);
    clock.classList.toggle('present__clock--over', left <= 0);
    const step = slides[index]!.dataset.step!;
    if (left <= 0 && timers.running && !overAnnounced.has(step)) {
      overAnnounced.add(step);
      status.textContent = T.timeUp;
    }
  }

  function act(action: PresentAction): void {
    switch (action) {
      case 'next':
        return show(index + 1);
      case 'previous':
        return show(index - 1);
      case 'first':
        return show(0);
      case 'last':
        return show(slides.length - 1);
      case 'timer':
        timers.toggle();
        return drawTimer();
      case 'timerReset':
        timers.reset();
        overAnnounced = new Set([...overAnnounced].filter((s) => s !== slides[index]!.dataset.step));
        return drawTimer();
      case 'fullscreen':
        return toggleFullscreen();
    }
  }

  function toggleFullscreen(): void {
    if (!document.fullscreenEnabled) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root!.requestFullscreen().catch(() => undefined);
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const target = event.target as HTMLElement | null;
    const focus = target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')
      ? 'field'
      : target?.closest('button, a[href], summary')
        ? 'control'
        : 'page';
    const action = keyAction(event, focus);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  previousButton.addEventListener('click', () => act('previous'));
  nextButton.addEventListener('click', () => act('next'));
  timerButton.addEventListener('click', () => act('timer'));
  resetButton.addEventListener('click', () => act('timerReset'));
  fullscreenButton.addEventListener('click', () => act('fullscreen'));
  document.addEventListener('fullscreenchange', () => {
    const on = document.fullscreenElement === root;
    root.classList.toggle('present--full', on);
    fullscreenButton.textContent = on ? T.fullscreenExit : T.fullscreen;
  });
  notesButton.addEventListener('click', () => {
    const open = notesPanel.hidden;
    notesPanel.hidden = !open;
    notesButton.setAttribute('aria-expanded', String(open));
    notesButton.textContent = open ? T.notesHide : T.notesShow;
  });
  window.addEventListener('hashchange', () => {
    const i = slides.findIndex((s) => `#${s.id}` === location.hash);
    if (i !== -1 && i !== index) show(i);
  });
  setInterval(() => {
    if (timers.running) drawTimer();
  }, 250);

  const start = slides.findIndex((s) => `#${s.id}` === location.hash);
  show(start === -1 ? 0 : start, false);
}
