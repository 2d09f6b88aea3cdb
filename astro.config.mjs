// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { normalizeBase } from './src/lib/base-path.ts';

// Schools host the site under any subpath: SITE_BASE=/career/ npm run build
const base = normalizeBase(process.env.SITE_BASE);
// The sitemap needs absolute URLs; a school sets SITE_URL to its own host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Parallel builds (tests at / and /career/) must not share a cache folder.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
});
