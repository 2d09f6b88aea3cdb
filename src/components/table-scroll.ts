/**
 * Marks every sideways-scrolling table box that is wider than its column, so the swipe hint shows
 * and the box stays a Tab stop; boxes that fit leave the tab order. Re-checked when the window
 * is resized (a phone turned sideways) and when fonts finish loading.
 */
import { tableScroll } from '../ui/strings.ts';

function headerText(box: Element): string {
  const table = box.querySelector('table');
  const caption = table?.querySelector('caption')?.textContent?.trim();
  if (caption) return caption;
  const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim()).filter(Boolean);
  return heads.join(', ');
}

function update(wrapper: HTMLElement) {
  const box = wrapper.querySelector<HTMLElement>('.table-scroll__box');
  if (!box) return;
  const wide = box.scrollWidth > box.clientWidth + 1;
  wrapper.toggleAttribute('data-wide', wide);
  if (wide) box.setAttribute('tabindex', '0');
  else box.removeAttribute('tabindex');
  if (box.getAttribute('aria-label') === tableScroll.unnamed) {
    const text = headerText(box);
    if (text) box.setAttribute('aria-label', tableScroll.label(text));
  }
}

/** Watches the boxes under `root`; the returned function stops (a page that redraws its tables calls it first). */
export function watchTableScroll(root: ParentNode = document): () => void {
  const wrappers = [...root.querySelectorAll<HTMLElement>('[data-table-scroll]')];
  if (wrappers.length === 0) return () => {};
  const all = () => wrappers.forEach(update);
  all();
  const observer = new ResizeObserver((entries) => entries.forEach((e) => update(e.target.closest<HTMLElement>('[data-table-scroll]')!)));
  wrappers.forEach((w) => observer.observe(w.querySelector('.table-scroll__box') ?? w));
  void document.fonts.ready.then(all);
  return () => observer.disconnect();
}
