/**
 * `npm run build`: content check → Astro pages → lesson files → search index, all into a folder
 * beside the output folder, which replaces the output folder only when every step succeeded.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as astroBuild } from 'astro';
import { fillFullIndex } from '../search/indexer.ts';
import { indexSite } from '../search/site-index.ts';
import { renderFullIndex } from '../../model/search/full-index.ts';
import { siteLessonDesigns, siteLessonInputs, siteModel } from '../../site-content/site.ts';
import { writeSiteLessonFiles } from '../site-lesson-files.ts';
import { writeBuildInfo } from './build-info.ts';
import { apacheHtaccess, iisWebConfig, nginxSnippet, nginxSnippetPath, SERVER_FILES } from './server-config.ts';
import type { BuildSettings } from './settings.ts';
import { discardStaging, stagingFor, startStaging, swapIn } from './swap.ts';

export interface BuiltSite {
  settings: BuildSettings;
  /** HTML pages in the site (the 404 page included). */
  pages: number;
  designs: number;
  searchPages: number;
  seconds: number;
  /** The server settings written for this base: in the site folder, and the nginx snippet beside it. */
  serverFiles: { apache: string; iis: string; nginx: string };
}

export interface BuildStep {
  /** Korean, shown while the step runs: "쪽 만들기 (Astro)". */
  label: string;
}

export async function buildSite(settings: BuildSettings, onStep: (step: BuildStep) => void = () => {}): Promise<BuiltSite> {
  const started = performance.now();
  const staging = stagingFor(settings.out);
  startStaging(staging);
  try {
    // The loader checks every YAML file, frontmatter and reference in a fraction of a second and
    // names file and line, before Astro spends its time.
    onStep({ label: '콘텐츠 읽기' });
    siteModel(settings.content);

    onStep({ label: '쪽 만들기 (Astro)' });
    // Vite's own lines (bundling notes, and an English "Build failed" above our summary) are for
    // developers, who see them with `npx astro build`; every error still reaches the summary.
    await astroBuild({ root: settings.root, outDir: staging.next, logLevel: 'warn', mode: 'production', vite: { logLevel: 'silent' } });

    onStep({ label: '수업 설계 파일 쓰기' });
    const designs = siteLessonDesigns(settings.content);
    writeSiteLessonFiles(staging.next, designs, siteLessonInputs(settings.content));

    onStep({ label: '검색 색인 만들기' });
    const index = await indexSite(staging.next);
    await fillFullIndex(staging.next, index.pages, renderFullIndex);

    writeBuildInfo(staging.next, { base: settings.base, site: settings.site ?? null });
    writeFileSync(join(staging.next, SERVER_FILES.apache), apacheHtaccess(settings.base));
    writeFileSync(join(staging.next, SERVER_FILES.iis), iisWebConfig(settings.base));

    // Not part of the site (it is server configuration), so beside it, and replaced with the site.
    const nginx = nginxSnippetPath(settings.out);
    writeFileSync(`${nginx}.tmp`, nginxSnippet(settings.base));

    const pages = countHtml(staging.next);
    swapIn(staging);
    renameSync(`${nginx}.tmp`, nginx);
    return {
      settings,
      pages,
      designs: designs.length,
      searchPages: index.pages.length,
      seconds: (performance.now() - started) / 1000,
      serverFiles: { apache: join(settings.out, SERVER_FILES.apache), iis: join(settings.out, SERVER_FILES.iis), nginx },
    };
  } catch (error) {
    discardStaging(staging);
    rmSync(`${nginxSnippetPath(settings.out)}.tmp`, { force: true });
    throw error;
  }
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}
