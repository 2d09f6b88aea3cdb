/**
 * Loads the Pagefind bundle that `npm run build` writes to <base>pagefind/, once per page.
 * Without a worker: one less file to fetch, and this site's index is small.
 */
import { RANKING, type PagefindLike } from '../../model/search/engine.ts';
import { FILTER_VALUES_FILE, type FilterValues } from '../../model/search/filter-values.ts';

export interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  preload?(term: string): Promise<void>;
}

/** The values of each filter (see filter-values.ts), or none when the file cannot be read. */
export async function loadFilterValues(base: string): Promise<FilterValues> {
  const response = await fetch(`${base}pagefind/${FILTER_VALUES_FILE}`);
  return response.ok ? ((await response.json()) as FilterValues) : {};
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
