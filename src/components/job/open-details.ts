/**
 * Opens a closed <details data-opens-for-links> when the reader goes to something inside it: an
 * in-page link (출처: … → #source-…), an address with that #anchor, or printing the page.
 */
export function openDetailsForLinks(doc: Document): void {
  const all = () => [...doc.querySelectorAll<HTMLDetailsElement>('details[data-opens-for-links]')];
  const openFor = (id: string) => {
    if (!id) return;
    const target = doc.getElementById(decodeURIComponent(id));
    const holder = target?.closest<HTMLDetailsElement>('details[data-opens-for-links]');
    if (holder && !holder.open) {
      holder.open = true;
      target!.scrollIntoView();
    }
  };
  openFor(location.hash.slice(1));
  window.addEventListener('hashchange', () => openFor(location.hash.slice(1)));
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) openFor(link.getAttribute('href')!.slice(1));
  });
  window.addEventListener('beforeprint', () => {
    for (const d of all()) d.open = true;
  });
}
