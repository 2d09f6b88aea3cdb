import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure, processTree } from '../../src/bench/measure.ts';

const logDir = mkdtempSync(join(tmpdir(), 'cs-measure-'));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));
const NODE = 'node_modules/.bin/node';
const options = { cwd: process.cwd(), logDir, capMb: 1024, pollMs: 100 };

// These start node processes: a limit for a loaded machine, not vitest's 5 s.
describe('measuring one bench stage', { timeout: 60_000 }, () => {
  it('gives time, CPU and peak memory of a stage that finishes', async () => {
    const m = await measure('ok', NODE, ['-e', 'console.log("hello")'], options);
    expect(m.failed).toBeUndefined();
    expect(m.output).toContain('hello');
    expect(m.seconds).toBeGreaterThan(0);
    expect(m.peakMb).toBeGreaterThan(10);
    expect(readFileSync(join(logDir, 'ok.log'), 'utf8')).toContain('hello');
  });

  it('stops a stage whose process tree passes the memory cap, and reports the memory at that point', async () => {
    // A child of a child uses a second of CPU (however busy the machine), then grows by 64 MB a tick:
    // the whole tree counts, not only the first process.
    const grow = `while(process.cpuUsage().user<1e6);const k=[];setInterval(()=>k.push(Buffer.alloc(64<<20,1)),20);`;
    const m = await measure(
      'grow',
      NODE,
      ['-e', `require('child_process').spawn(process.execPath,['-e',${JSON.stringify(grow)}],{stdio:'inherit'});setInterval(()=>{},1000)`],
      {
        ...options,
        capMb: 300,
      },
    );
    expect(m.failed).toMatch(/^stopped at the memory cap of 300 MB \(tree RSS [\d,]+ MB\)$/);
    expect(m.peakMb).toBeGreaterThan(300);
    expect(m.peakMb).toBeLessThan(2000);
    // Its CPU up to the stop, the grandchild's second of work included.
    expect(m.cpuSeconds).toBeGreaterThan(0.8);
  });

  it('reports a stage that exits with an error instead of throwing', async () => {
    const m = await measure('exit', NODE, ['-e', 'process.exit(3)'], options);
    expect(m.failed).toMatch(/^failed \(exit 3\) at \d+ MB; see .*exit\.log$/);
  });

  it('finds a process and its descendants in /proc', () => {
    const tree = processTree(process.pid);
    expect(tree.pids[0]).toBe(process.pid);
    expect(tree.rssBytes).toBeGreaterThan(0);
    expect(tree.cpuSeconds).toBeGreaterThan(0);
  });
});
