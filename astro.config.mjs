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
  prefetch: false,
});
