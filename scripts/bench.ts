/**
 * Scale benchmark: `npm run bench [-- --sizes 100,1000,13400 --report report --work DIR --keep]`.
 * For each size it makes a synthetic catalog in the official Excel format (clearly marked
 * "예시"), then measures each stage as its own process under /usr/bin/time:
 *   import   scripts/import-ncs.ts into a copy of content/ (the real content/ is never touched)
 *   build    astro build with SITE_CONTENT_DIR / SITE_OUT_DIR pointing at the copy
 *   generate scripts/write-lesson-files.ts: every lesson design's .json and the designer's data files
 *   index    scripts/index-search.ts (Pagefind), plus the bytes of a first search
 *   floor    plain Astro building as many bare one-screen pages, for the ratio
 *   floor-index  plain Pagefind (its own CLI, default settings) indexing the same built pages:
 *            the second floor; ratios are given over plain Astro, and over plain Astro + plain
 *            Pagefind where both floors finished
 *   browser  Chromium on the built site: load → designer ready, and the .docx of the largest
 *            design (4 periods × 4 units), each as the teacher would get it
 * `--sizes ''` with `--from a.json,b.json` only merges earlier runs into one table.
 * Every stage runs under a memory cap (--memory-cap, MB, for the stage's whole process tree): a
 * stage that passes it, or fails otherwise, is recorded as not finished with its time and memory
 * up to then, and the run goes on (stages that need its output are skipped for that size).
 * Prints the table and writes report/bench.md, bench.svg and bench.json; each stage's log stays in the
 * work folder (heavy outputs are removed unless --keep).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { measure as measureStage, type Measured } from '../src/bench/measure.ts';
import { markdownTable, ratioTable, svgChart, type BenchStage, type StageFigures } from '../src/bench/report.ts';
import type { BrowserTimings } from './bench-browser.ts';

const STAGES = ['import', 'build', 'generate', 'index', 'floor', 'floor-index', 'browser'] as const;
const { values } = readCommandLine({
  usage: 'npm run bench',
  summary: '규모별 단계 측정: 합성 NCS 자료로 가져오기, 빌드, 수업 설계 파일, 색인, floor, 브라우저를 따로 재요',
  options: {
    sizes: { type: 'list', integers: { min: 1, max: 100_000 }, default: '100,1000,13400', help: '잴 능력단위 수들' },
    report: { type: 'string', hint: '폴더', default: 'report', help: '결과 폴더 (bench.md, bench.svg, bench.json)' },
    work: { type: 'string', hint: '폴더', help: '작업 폴더 (기본 report/tmp/bench-<pid>)' },
    keep: { type: 'boolean', help: '큰 결과물을 지우지 않고 남기기' },
    'skip-floor': { type: 'boolean', help: 'floor 단계 빼기' },
    query: { type: 'string', hint: '검색어', default: '고객관리', help: '첫 검색 바이트를 잴 검색어' },
    stages: { type: 'list', values: STAGES, default: STAGES.join(','), help: '잴 단계' },
    append: { type: 'boolean', help: '지난 bench.json에 이어 쓰기' },
    /** Rows from other runs' bench.json files, merged in order (later ones win), e.g. pieces run in parallel. */
    from: { type: 'list', hint: 'bench.json 파일', help: "다른 실행의 결과 합치기 (--sizes ''와 함께 쓰면 합치기만)" },
    'memory-cap': { type: 'integer', min: 256, default: 6144, hint: 'MB', help: '단계마다 쓸 수 있는 메모리 (그 단계의 모든 프로세스 합)' },
  },
});
const ROOT = process.cwd();
// Stages run the project's Node (astro's `#!/usr/bin/env node` too), also when the bench was started
// with node_modules/.bin/node directly instead of through npm run, which puts that folder first.
process.env.PATH = `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`;
const NODE = resolve('node_modules/.bin/node');
const ASTRO = resolve('node_modules/.bin/astro');
const sizes = values.sizes;
const STAGE_ORDER: BenchStage[] = ['import', 'build', 'generate', 'index', 'floor', 'floor-index'];
const PAGEFIND = resolve('node_modules/.bin/pagefind');
const stages = new Set<string>(values.stages);
if (values['skip-floor']) stages.delete('floor');
const capMb = values['memory-cap'];
// Default inside the project (report/tmp/ is git-ignored), and no build shares another's .astro folder.
const work = resolve(values.work ?? join('report/tmp', `bench-${process.pid}`));
mkdirSync(work, { recursive: true });
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
linkPackages(work);

/**
 * Astro's prerender chunks in <work>/<size>/dist import the project's packages by name, which Node
 * looks up in node_modules folders above the chunk: a work folder outside the project gets a link
 * to the project's node_modules, or the run stops before it starts.
 */
function linkPackages(dir: string): void {
  if (!relative(ROOT, dir).startsWith('..')) return;
  const link = join(dir, 'node_modules');
  try {
    if (!existsSync(link) && !isLink(link)) symlinkSync(join(ROOT, 'node_modules'), link, 'dir');
    if (!existsSync(join(link, 'astro', 'package.json'))) throw new Error(`${link} holds no astro`);
  } catch (error) {
    console.error(
      `작업 폴더 ${dir}에서 프로젝트의 패키지를 찾을 수 없어요 (${error instanceof Error ? error.message : String(error)}): --work를 프로젝트 안의 폴더로 주거나 빼세요`,
    );
    process.exit(2);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Runs a stage under GNU time and the memory cap; its output goes to a log file beside the measurements. */
function measure(name: string, cmd: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Measured> {
  return measureStage(name, cmd, args, { cwd, env, logDir: work, capMb });
}

function sizeMb(path: string): number {
  if (!existsSync(path)) return 0;
  return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]) / 1e6;
}

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(suffix)) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

/** A plain Astro project with `pages` bare one-screen pages: the floor any Astro site pays. */
function makeFloorProject(dir: string, pages: number): void {
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { outDir: process.env.FLOOR_OUT, cacheDir: process.env.FLOOR_CACHE };\n`);
  writeFileSync(
    join(dir, 'src/pages/p/[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="ko"><head><meta charset="utf-8"><title>쪽 {n}</title></head><body><h1>쪽 {n}</h1><p>한 화면짜리 빈 쪽이에요.</p></body></html>\n`,
  );
}

const rowsFile = join(values.report, 'bench.json');
const browserFile = join(values.report, 'bench-browser.json');
type BrowserRow = { size: number } & (BrowserTimings | { failed: string });
let browserRows: BrowserRow[] =
  existsSync(browserFile) && values.append ? (JSON.parse(readFileSync(browserFile, 'utf8')) as BrowserRow[]) : [];
// --append: runs made in pieces (one size at a time) end in one table.
const rows: StageFigures[] = [];
for (const file of [...(values.append ? [rowsFile] : []), ...values.from]) {
  if (!existsSync(file)) continue;
  for (const r of JSON.parse(readFileSync(file, 'utf8')) as StageFigures[]) {
    const same = rows.findIndex((x) => x.size === r.size && x.stage === r.stage);
    if (same >= 0) rows.splice(same, 1);
    rows.push(r);
  }
}
rows.sort((a, b) => a.size - b.size || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
const add = (size: number, stage: BenchStage, m: Measured, items: number, extra: Partial<StageFigures> = {}) => {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.size === size && rows[i]!.stage === stage) rows.splice(i, 1);
  const row: StageFigures = {
    size,
    stage,
    seconds: m.seconds,
    cpuSeconds: m.cpuSeconds,
    peakMb: m.peakMb,
    items,
    outputMb: null,
    indexMb: null,
    firstQueryKb: null,
    ...extra,
    loadAverage: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
  };
  rows.push(row);
  if (m.failed) row.failed = m.failed;
  log(
    `${size} ${stage}: ${m.failed ? `DID NOT FINISH (${m.failed}) after ` : ''}${m.seconds.toFixed(1)} s (cpu ${m.cpuSeconds.toFixed(1)} s), peak ${m.peakMb.toFixed(0)} MB, ${items} items`,
  );
  writeReport();
};

try {
  for (const size of sizes) {
    const dir = join(work, String(size));
    const content = join(dir, 'content');
    if (stages.has('import')) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      log(`${size}: synthetic catalog`);
      const synthetic = await measure(`${size}-synthetic`, NODE, [
        'scripts/make-synthetic-catalog.ts',
        '--units',
        String(size),
        '--format',
        'xlsx',
        '--out',
        dir,
      ]);
      if (synthetic.failed) {
        log(`${size}: no synthetic catalog (${synthetic.failed}); next size`);
        continue;
      }
      cpSync(join(ROOT, 'content'), content, { recursive: true });
    } else if (!existsSync(join(content, 'ncs'))) {
      throw new Error(`${content}/ncs is missing: run with the import stage first (same --work)`);
    }

    if (stages.has('import')) {
      const imported = await measure(`${size}-import`, NODE, [
        '--max-old-space-size=800',
        'scripts/import-ncs.ts',
        join(dir, `ncs-synthetic-${size}.xlsx`),
        '--out',
        join(content, 'ncs'),
      ]);
      add(size, 'import', imported, size, { outputMb: sizeMb(join(content, 'ncs')) });
      if (imported.failed) {
        log(`${size}: the import did not finish, so nothing can be built from it; next size`);
        continue;
      }
    }

    const dist = join(dir, 'dist');
    const env = { SITE_CONTENT_DIR: content, SITE_OUT_DIR: dist, SITE_CACHE_DIR: join(dir, '.astro-cache') };
    if (stages.has('build')) {
      // Run from the size's folder: with an outDir outside the working directory Astro puts its
      // prerender chunks in <cwd>/.astro/.prerender, which every other build from the project shares.
      const built = await measure(`${size}-build`, ASTRO, ['build', '--root', ROOT], env, dir);
      add(size, 'build', built, countFiles(dist, '.html'), { outputMb: sizeMb(dist) });
      if (built.failed) {
        log(`${size}: the build did not finish, so there are no pages to index or compare; next size`);
        continue;
      }
    }
    if (stages.has('generate')) {
      // The lesson designs the site serves, as `npm run build` writes them after astro build.
      const before = sizeMb(dist);
      const generated = await measure(`${size}-generate`, NODE, ['scripts/write-lesson-files.ts', '--dist', dist], env);
      add(size, 'generate', generated, countFiles(join(dist, 'lessons'), '.json'), { outputMb: sizeMb(dist) - before });
    }
    const pages = countFiles(dist, '.html');

    if (stages.has('index')) {
      const indexed = await measure(`${size}-index`, NODE, ['scripts/index-search.ts', '--dist', dist], env);
      let firstQueryKb: number | null = null;
      try {
        if (indexed.failed) throw new Error('the index did not finish');
        const { firstQueryBytes } = await import('../src/build/search/evaluation.ts');
        // Raw bytes (pagefind.js, wasm, index chunks, filters, first fragments) as the search model counts them.
        const first = (await firstQueryBytes(join(dist, 'pagefind'), values.query)) as number | { raw: number };
        firstQueryKb = (typeof first === 'number' ? first : first.raw) / 1024;
      } catch (error) {
        log(`first query not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
      add(size, 'index', indexed, pages, { indexMb: sizeMb(join(dist, 'pagefind')), firstQueryKb });
    }

    if (stages.has('floor') && pages > 0) {
      const floorDir = join(dir, 'floor');
      makeFloorProject(floorDir, pages);
      const floor = await measure(
        `${size}-floor`,
        ASTRO,
        ['build', '--root', floorDir],
        { FLOOR_OUT: join(floorDir, 'dist'), FLOOR_CACHE: join(floorDir, '.cache') },
        floorDir,
      );
      add(size, 'floor', floor, countFiles(join(floorDir, 'dist'), '.html'), { outputMb: sizeMb(join(floorDir, 'dist')) });
    }
    if (stages.has('floor-index') && pages > 0) {
      const plain = join(dir, 'pagefind-plain');
      const indexed = await measure(`${size}-floor-index`, PAGEFIND, ['--site', dist, '--output-path', plain, '--silent']);
      add(size, 'floor-index', indexed, pages, { indexMb: sizeMb(plain) });
      rmSync(plain, { recursive: true, force: true });
    }
    if (stages.has('browser') && existsSync(join(dist, 'lessons/design/index.html'))) {
      const { browserTimings } = await import('./bench-browser.ts');
      browserRows = browserRows.filter((r) => r.size !== size);
      try {
        const t = await browserTimings(dist);
        browserRows.push({ size, ...t });
        log(
          `${size} browser: ready ${t.readyMs.toFixed(0)} ms (warm ${t.readyWarmMs.toFixed(0)} ms), docx ${t.designs} designs ${t.docxMs.toFixed(0)} ms`,
        );
      } catch (error) {
        const failed = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        browserRows.push({ size, failed });
        log(`${size} browser did not finish: ${failed}`);
      }
      writeReport();
    }
    if (!values.keep) {
      for (const d of ['dist', 'lessons', 'floor', 'content', '.astro-cache', 'pagefind-plain', `ncs-synthetic-${size}.xlsx`])
        rmSync(join(dir, d), { recursive: true, force: true });
    }
  }
} finally {
  writeReport(true);
}

/** Written after every stage, so a run stopped part-way still leaves what it measured. */
function writeReport(final = false): void {
  rows.sort((a, b) => a.size - b.size || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
  if (rows.length) {
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const md = [
      `<!-- written by npm run bench (${when} UTC); measured, not hand-edited -->`,
      `Machine: ${cpu} CPU cores shared with other work (load average at the end of this run: ${load}; each row gives the 1-minute load when its stage ended, – where an older run did not record it), Node ${process.version}. Wall time depends on that load; CPU time (user + system) much less.`,
      `Each stage ran under a memory cap of ${capMb.toLocaleString('en')} MB for its whole process tree; a stage that did not finish shows its time and peak memory up to the failure.`,
      `Synthetic catalogs from \`npm run make:synthetic\` (names "예시 …").`,
      '',
      markdownTable(rows),
      '',
      ratioTable(rows),
      '',
      browserRows.length
        ? `Chromium (${'/usr/bin/chromium'}, headless, this machine) on the built site: load → designer ready (navigation start to the designer's "ready" mark, first visit and again with a warm cache), and the .docx files of the largest choice (4 units in 4 periods; "designs" is how many designs the designer made of it) from click to download, the first including loading the .docx code.\n\n| units | ready, first visit (ms) | ready, warm (ms) | designs | periods | all .docx (ms) | largest one .docx (ms) |\n|---:|---:|---:|---:|---:|---:|---:|`
        : '',
      ...browserRows.map((b) =>
        'failed' in b
          ? `| ${b.size.toLocaleString('en')} | did not finish: ${b.failed} | | | | | |`
          : `| ${b.size.toLocaleString('en')} | ${b.readyMs.toFixed(0)} | ${b.readyWarmMs.toFixed(0)} | ${b.designs} | ${b.periods} | ${b.docxMs.toFixed(0)} | ${b.docxLargestMs.toFixed(0)} |`,
      ),
      '',
    ].join('\n');
    mkdirSync(values.report, { recursive: true });
    writeFileSync(browserFile, JSON.stringify(browserRows, null, 1) + '\n');
    writeFileSync(join(values.report, 'bench.md'), md);
    writeFileSync(rowsFile, JSON.stringify(rows, null, 1) + '\n');
    writeFileSync(join(values.report, 'bench.svg'), svgChart(rows, `npm run bench: wall time per stage (${when} UTC)`));
    if (final) {
      console.log(md);
      log(`wrote ${join(values.report, 'bench.md')} and bench.svg; logs in ${work}`);
    }
  }
}
