/**
 * Builds the site into dist/ (or SITE_OUT_DIR): `npm run build`. Settings come from SITE_BASE,
 * SITE_URL, SITE_CONTENT_DIR, SITE_OUT_DIR and SITE_CACHE_DIR (README, "주소 정하기"). The new
 * site replaces the old one only when every step succeeded; see src/build/site/.
 */
import { runBuild } from '../src/build/site/command.ts';

process.exitCode = await runBuild();
