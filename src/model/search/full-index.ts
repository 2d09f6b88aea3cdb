/**
 * The HTML list of every indexed page, grouped by kind, for the no-JavaScript full index at
 * search/all/. Links are relative to that page, so the list works under any base path.
 */
import { escapeHtml } from '../../render/html/escape.ts';
import { PAGE_KINDS, type IndexedPage } from './page-kind.ts';

/** From /search/all/ to a site path: '../../jobs/cs-manager/'. */
export function linkFromFullIndex(path: string): string {
  return `../../${path.replace(/^\/+/, '')}`;
}

export function renderFullIndex(pages: IndexedPage[]): string {
  return PAGE_KINDS.map((kind) => {
    const mine = pages.filter((p) => p.class.kind === kind).sort((a, b) => a.path.localeCompare(b.path));
    if (mine.length === 0) return '';
    const items = mine.map((p) => `<li><a href="${escapeHtml(linkFromFullIndex(p.path))}">${escapeHtml(p.title)}</a></li>`).join('');
    return `<h2>${escapeHtml(kind)} <span class="all-pages__count">(${mine.length})</span></h2><ul>${items}</ul>`;
  }).join('');
}
