// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { normalizeBase } from './src/lib/base-path.ts';
import { parseSiteUrl } from './src/lib/site-url.ts';

// Schools host the site under any subpath: SITE_BASE=/career/ npm run build
const base = normalizeBase(process.env.SITE_BASE);
// Canonical links and the sitemap need the school's own host (SITE_URL=https://school.example.kr).
// Without it both are left out rather than pointing at an address that is not the school's.
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Parallel builds (tests at / and /career/) must not share a cache folder.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  integrations: site ? [mdx(), sitemap()] : [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks every MDX page with a "use astro:head-inject" directive that the bundler then
          // warns about, once per page (withastro/astro#18087): nothing a site builder can act on.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  prefetch: false,
});
