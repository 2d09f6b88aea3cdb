/**
 * Runs one benchmark stage as its own process group under GNU time, with a memory cap: a watchdog
 * sums the resident memory of the whole process tree twice a second and stops the group when it
 * passes the cap, so a stage that would take the machine's memory (plain Pagefind over 40,000
 * pages wanted 23.9 GB) fails on its own and the benchmark goes on. A failed stage is a result:
 * its time and peak memory up to the failure are returned with the reason, not thrown.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  cpuSeconds: number;
  /** Peak resident memory: the larger of GNU time's (largest process) and the watchdog's (whole tree). */
  peakMb: number;
  output: string;
  /** Why the stage did not finish (memory cap, exit code, signal); absent when it did. */
  failed?: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Folder for <name>.time and <name>.log. */
  logDir: string;
  /** Resident memory of the stage's process tree (MB) above which it is stopped. */
  capMb: number;
  /** How often the watchdog looks, in ms. */
  pollMs?: number;
}

const PAGE_BYTES = 4096;

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of CPU times in /proc. */
const TICKS_PER_SECOND = 100;

/**
 * The processes of the tree under `root` (root first), their resident memory in bytes and the CPU
 * seconds they used (their children that already ended included), read from /proc.
 */
export function processTree(root: number): { pids: number[]; rssBytes: number; cpuSeconds: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_BYTES);
    // utime, stime, cutime, cstime (fields 14–17 of /proc/<pid>/stat)
    cpu.set(pid, fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / TICKS_PER_SECOND);
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const pids: number[] = [];
  let rssBytes = 0;
  let cpuSeconds = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (!rss.has(pid)) continue;
    pids.push(pid);
    rssBytes += rss.get(pid)!;
    cpuSeconds += cpu.get(pid)!;
    stack.push(...(children.get(pid) ?? []));
  }
  return { pids, rssBytes, cpuSeconds };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

export function measure(name: string, cmd: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const timeFile = join(options.logDir, `${name}.time`);
  const logFile = join(options.logDir, `${name}.log`);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, cmd, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let treePeak = 0;
    let treeCpu = 0;
    let capped = false;
    const watchdog = setInterval(() => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      treePeak = Math.max(treePeak, tree.rssBytes);
      treeCpu = Math.max(treeCpu, tree.cpuSeconds);
      if (!capped && mb(tree.rssBytes) > options.capMb) {
        capped = true;
        // Everything under GNU time (an npm wrapper and the binary it starts, say), not time itself: it still reports.
        for (const pid of tree.pids.slice(1)) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
    }, options.pollMs ?? 500);
    child.on('error', (error) => {
      clearInterval(watchdog);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      const output = Buffer.concat(chunks).toString('utf8');
      writeFileSync(logFile, output);
      // GNU time writes "Command terminated by signal 9" before its figures when the command was killed.
      const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
      const figures = (lines.pop() ?? '').split(' ').map(Number);
      const timed = figures.length === 4 && figures.every(Number.isFinite);
      const [seconds, kb, user, sys] = timed ? figures : [(performance.now() - started) / 1000, 0, NaN, NaN];
      const peakMb = Math.max(kb! / 1024, mb(treePeak));
      const timedCpu = Number.isFinite(user! + sys!) ? user! + sys! : NaN;
      const measured: Measured = {
        seconds: seconds!,
        // A stopped stage's processes were killed before anyone waited for them, so GNU time never
        // saw their CPU: the watchdog's last look at the tree is the figure up to the failure.
        cpuSeconds: capped ? Math.max(treeCpu, Number.isFinite(timedCpu) ? timedCpu : 0) : timedCpu,
        peakMb,
        output,
      };
      if (capped)
        measured.failed = `stopped at the memory cap of ${options.capMb.toLocaleString('en')} MB (tree RSS ${Math.round(mb(treePeak)).toLocaleString('en')} MB)`;
      else if (code !== 0) {
        const oom = /out of memory|heap out of memory|memory allocation of \d+ bytes failed|Cannot allocate memory/i.test(output);
        measured.failed = `${oom ? 'out of memory' : 'failed'} (exit ${code ?? signal}) at ${Math.round(peakMb).toLocaleString('en')} MB; see ${logFile}`;
      }
      done(measured);
    });
  });
}
