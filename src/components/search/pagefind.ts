/**
 * Loads the Pagefind bundle that `npm run build` writes to <base>pagefind/, once per page.
 * Without a worker: one less file to fetch, and this site's index is small.
 */
import { RANKING, type PagefindLike } from '../../model/search/engine.ts';
import { NO_SEARCH_DATA, parseSearchData, SEARCH_DATA_FILE, type SearchData } from '../../model/search/site-data.ts';

export interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  preload?(term: string): Promise<void>;
}

/** The search's own data (see site-data.ts), or none when the file cannot be read. */
export async function loadSearchData(base: string): Promise<SearchData> {
  const response = await fetch(`${base}pagefind/${SEARCH_DATA_FILE}`).catch(() => null);
  return response?.ok ? parseSearchData(await response.json().catch(() => null)) : NO_SEARCH_DATA;
}

let loading: Promise<PagefindModule> | null = null;

export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ baseUrl: base, noWorker: true, ranking: RANKING });
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
