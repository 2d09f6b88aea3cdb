/**
 * The live search shared by the header dialog and the search page: reads the input and the
 * filter chips, runs the Korean-aware search, and renders an ordered list of links.
 */
import { searchSite, type Filters, type ResultView, type SearchHit } from '../../model/search/engine.ts';
import { FILTER_KIND, FILTER_NCS_LEVEL, FILTER_SCHOOL, PAGE_KINDS } from '../../model/search/page-kind.ts';
import { nearSpelling } from '../../model/search/suggest.ts';
import { searchUi } from '../../ui/search.ts';
import { careerNetSearchUrl, work24SearchUrl } from '../../model/jobs/official-records.ts';
import { loadPagefind, loadSearchData, type PagefindModule } from './pagefind.ts';
import type { SearchData } from '../../model/search/site-data.ts';

export interface SearchParts {
  input: HTMLInputElement;
  chips: HTMLElement;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  base: string;
  /** Called after every search with the query and filters, e.g. to update the address. */
  onSearched?: (query: string, filters: Record<string, string>) => void;
}

// Five results first: each one costs a fragment download, and the first query has a byte budget.
const PAGE_SIZE = 5;
// Long enough that a syllable still being composed does not start a search of its own.
const TYPING_PAUSE_MS = 200;

/**
 * Filter rows: 종류 always; NCS 수준 and 학교급 once a kind they apply to is chosen (and the
 * index has values for them), so a phone screen is not filled with chips.
 */
const ROWS: { key: string; label: string; kinds?: readonly string[] }[] = [
  { key: FILTER_KIND, label: searchUi.filtersLabel },
  { key: FILTER_NCS_LEVEL, label: searchUi.levelLabel, kinds: ['NCS 능력단위', '수업 설계'] },
  { key: FILTER_SCHOOL, label: searchUi.schoolLabel, kinds: ['수업 설계'] },
];

export function renderHit(view: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const link = document.createElement('a');
  link.className = 'search-hit__link';
  link.href = view.url;
  if (view.kind) {
    const badge = document.createElement('span');
    badge.className = 'badge search-hit__kind';
    badge.textContent = view.kind;
    link.append(badge, ' ');
  }
  const title = document.createElement('span');
  title.className = 'search-hit__title';
  title.textContent = view.title;
  link.append(title);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  for (const part of view.excerpt) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  li.append(link, excerpt);
  return li;
}

export function createSearch(parts: SearchParts, initial: { query?: string; filters?: Record<string, string> } = {}) {
  const selected: Record<string, string> = { ...(initial.filters ?? {}) };
  let hits: SearchHit[] = [];
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pagefind: PagefindModule | null = null;
  if (initial.query) parts.input.value = initial.query;

  const setStatus = (text: string) => {
    parts.status.textContent = text;
  };

  // Shown under the status when the query is about something the site does not cover: one line,
  // and the same words searched on the national career portals (links only).
  const elsewhere = document.createElement('p');
  elsewhere.className = 'search-elsewhere';
  // Read out with the result count (the status), so a screen reader user hears it too.
  elsewhere.setAttribute('aria-live', 'polite');
  elsewhere.hidden = true;
  parts.status.after(elsewhere);

  // Shown when a query finds nothing: a near spelling that does find pages, and the list of all pages.
  const help = document.createElement('p');
  help.className = 'search-help';
  help.hidden = true;
  elsewhere.after(help);

  function showElsewhere(query: string) {
    const link = (label: string, url: string) => {
      const a = document.createElement('a');
      a.href = url;
      a.textContent = label;
      return a;
    };
    elsewhere.replaceChildren(
      `${searchUi.uncovered(query)} `,
      link(searchUi.careerNet, careerNetSearchUrl(query)),
      ' · ',
      link(searchUi.work24, work24SearchUrl(query)),
    );
    elsewhere.hidden = false;
  }

  async function offerHelp(query: string, filters: Filters, gen: number) {
    const word = nearSpelling(query);
    const found = word && pagefind ? (await searchSite(pagefind, word, filters, data ?? undefined)).hits.length > 0 : false;
    if (gen !== generation) return;
    help.replaceChildren();
    if (word && found) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-help__word';
      button.textContent = word;
      button.addEventListener('click', () => {
        parts.input.value = word;
        parts.input.focus();
        void run();
      });
      help.append(`${searchUi.didYouMean} `, button, ' · ');
    }
    const all = document.createElement('a');
    all.href = `${parts.base}search/all/`;
    all.textContent = searchUi.orAllPages;
    help.append(all);
    help.hidden = false;
  }

  async function showMore(gen: number) {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    const views = await Promise.all(next.map((h) => h.load()));
    if (gen !== generation) return;
    for (const v of views) parts.list.append(renderHit(v));
    shown += next.length;
    parts.more.hidden = shown >= hits.length;
  }

  let data: SearchData | null = null;

  function renderChips(focus?: { key: string; value: string | null }) {
    parts.chips.replaceChildren();
    const kind = selected[FILTER_KIND];
    for (const row of ROWS) {
      const shownRow = !row.kinds || (kind !== undefined && row.kinds.includes(kind));
      const available = data?.filters;
      const values = row.key === FILTER_KIND ? PAGE_KINDS.filter((k) => available?.[row.key]?.includes(k)) : (available?.[row.key] ?? []);
      if (!shownRow || values.length === 0) {
        delete selected[row.key];
        continue;
      }
      const group = document.createElement('div');
      group.className = 'search-chips';
      group.setAttribute('role', 'group');
      const label = document.createElement('span');
      label.className = 'search-chips__label';
      label.id = `${parts.list.id || 'search'}-filter-${ROWS.indexOf(row)}`;
      label.textContent = row.label;
      group.setAttribute('aria-labelledby', label.id);
      group.append(label);
      for (const value of [null, ...values]) {
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'search-chip';
        chip.textContent = value ?? searchUi.all;
        chip.setAttribute('aria-pressed', String((selected[row.key] ?? null) === value));
        chip.addEventListener('click', () => {
          if (value === null) delete selected[row.key];
          else selected[row.key] = value;
          renderChips({ key: row.key, value });
          void run();
        });
        group.append(chip);
        if (focus && focus.key === row.key && focus.value === value) queueMicrotask(() => chip.focus());
      }
      parts.chips.append(group);
    }
  }

  async function run() {
    const gen = ++generation;
    const query = parts.input.value;
    help.hidden = true;
    elsewhere.hidden = true;
    if (query.trim() === '') {
      hits = [];
      parts.list.replaceChildren();
      parts.more.hidden = true;
      setStatus(searchUi.empty);
      parts.onSearched?.('', selected);
      return;
    }
    try {
      pagefind ??= await loadPagefind(parts.base);
      if (data === null) {
        data = await loadSearchData(parts.base);
        renderChips();
      }
      const filters: Filters = { ...selected };
      const result = await searchSite(pagefind, query, filters, data);
      if (gen !== generation) return;
      hits = result.hits;
      shown = 0;
      parts.list.replaceChildren();
      await showMore(gen);
      if (gen !== generation) return;
      const noneHere = result.uncovered ? searchUi.noPage(query.trim()) : searchUi.noResults(query.trim());
      setStatus(hits.length === 0 ? noneHere : searchUi.count(query.trim(), hits.length));
      if (result.uncovered) showElsewhere(query.trim());
      if (hits.length === 0) await offerHelp(query, filters, gen);
      parts.onSearched?.(query, selected);
    } catch (error) {
      console.error(error);
      if (gen === generation) setStatus(searchUi.failed);
    }
  }

  parts.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  parts.more.addEventListener('click', () => {
    const before = shown;
    void showMore(generation).then(() => parts.list.querySelectorAll<HTMLAnchorElement>('.search-hit__link')[before]?.focus());
  });

  return {
    run,
    /** Links of the results, in order: arrow keys move between them. */
    links: () => [...parts.list.querySelectorAll<HTMLAnchorElement>('.search-hit__link')],
    /** Starts loading the index before the first keystroke. */
    warm: () =>
      loadPagefind(parts.base)
        .then((p) => (pagefind = p))
        .catch(() => {}),
  };
}

/** Up/Down move between the input and the result links; Home/End are left to the input. */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement, links: () => HTMLAnchorElement[]) {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') (all[Math.min(at + 1, all.length - 1)] ?? all[0]!).focus();
    else if (at <= 0) input.focus();
    else all[at - 1]!.focus();
  });
}
