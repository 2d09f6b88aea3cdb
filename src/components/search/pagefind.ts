/**
 * Loads the Pagefind bundle that `npm run build` writes to <base>pagefind/, once per page.
 * Without a worker: one less file to fetch, and this site's index is small.
 */
import { RANKING, type PagefindLike } from '../../model/search/engine.ts';

export interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload?(term: string): Promise<void>;
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
