/**
 * Layout shift (CLS) of pages on a built site, as Lighthouse's mobile run would see it, measured
 * in Debian's Chromium: `node scripts/bench-cls.ts [--dist dist] [--runs 3] [path …]`.
 * A 412×823 phone (device pixel ratio 1.75, CPU four times slower, slow 4G: 150 ms, 1.6 Mbit/s)
 * and a 1350×940 desktop; shifts are read by a PerformanceObserver until 6 s after load, and CLS
 * is the largest session window (shifts under 1 s apart, at most 5 s), as Lighthouse counts it.
 * Prints each path's CLS per run and the elements that moved in the worst run. Goal: under 0.1.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { readCommandLine } from '../src/cli/command-line.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/static-server.ts';

const { values, positionals } = readCommandLine({
  usage: 'npm run bench:cls',
  summary: '화면 밀림(CLS) 재기: 빌드된 사이트의 쪽을 Chromium에서 휴대폰과 컴퓨터 크기로 열어 봐요',
  options: {
    dist: { type: 'string', hint: '폴더', default: 'dist', help: '빌드된 사이트' },
    runs: { type: 'integer', min: 1, max: 100, default: 3, help: '쪽마다 열어 볼 횟수' },
  },
  positionals: { name: '주소', help: '잴 쪽의 주소 (사이트 안, 예: lessons/design/); 없으면 설계 도우미와 검색 쪽' },
});
const { dist, runs } = values;
const paths =
  positionals.length > 0
    ? positionals
    : ['lessons/design/', 'lessons/design/?job=cs-manager&school=high&grade=2&periods=3&minutes=50', 'search/?q=상담'];
try {
  statSync(join(dist, 'lessons'));
} catch {
  console.error(`빌드된 사이트가 없어요: ${join(dist, 'lessons')}. 먼저 npm run build 를 실행하세요 (다른 폴더는 --dist 폴더).`);
  process.exit(2);
}

const PROFILES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 } },
};

interface Shift {
  at: number;
  value: number;
  moved: string[];
}

/** Lighthouse's CLS: the largest sum of a session window. */
function cls(shifts: Shift[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.at - last > 1000 || s.at - start > 5000) {
      sum = 0;
      start = s.at;
    }
    sum += s.value;
    last = s.at;
    best = Math.max(best, sum);
  }
  return best;
}

const server = await serveSite(dist, '/');
const browser = await launchBrowser();
try {
  console.log(`path | profile | CLS of ${runs} runs | what moved in the worst run`);
  for (const path of paths)
    for (const [profile, options] of Object.entries(PROFILES)) {
      const results: { cls: number; shifts: Shift[] }[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext(options);
        await context.addInitScript(() => {
          const w = window as unknown as { shifts: Shift[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            })[])
              if (!e.hadRecentInput)
                w.shifts.push({
                  at: e.startTime,
                  value: e.value,
                  moved: (e.sources ?? []).map((s) =>
                    s.node instanceof Element ? `${s.node.localName}.${s.node.classList[0] ?? ''}` : String(s.node?.nodeName),
                  ),
                });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await context.newPage();
        if (profile === 'phone') {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 150,
            downloadThroughput: (1.6 * 1024 * 1024) / 8,
            uploadThroughput: (750 * 1024) / 8,
          });
        }
        await page.goto(`${server.origin}/${path}`, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForTimeout(6000);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
        results.push({ cls: cls(shifts), shifts });
        await context.close();
      }
      const worst = results.reduce((a, b) => (b.cls > a.cls ? b : a));
      const moved = worst.shifts.map((s) => `${Math.round(s.at)} ms ${s.value.toFixed(4)} ${s.moved.join(',')}`).join('; ');
      console.log(`${path} | ${profile} | ${results.map((r) => r.cls.toFixed(4)).join(' ')} | ${moved || 'nothing'}`);
    }
} finally {
  await browser.close();
  await server.close();
}
