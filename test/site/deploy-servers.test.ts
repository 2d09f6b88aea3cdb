/**
 * The server settings the build writes, served for real: the /career/ test build (with its
 * .htaccess) is copied to a temporary web root, nginx runs with the snippet the build wrote beside
 * it, Apache with `AllowOverride FileInfo` only; each runs in the foreground on 127.0.0.1 (started
 * and stopped by this test), and pages, search files with their MIME types, the /career redirect,
 * the 404 page and a search in Chromium are checked. A server that is not installed here is
 * skipped with a message; CI installs both (.ci/run). IIS is not on this machine: its web.config
 * is checked as XML in Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxFolderPlaceholder, nginxSnippetPath } from '../../src/build/site/server-config.ts';
import { launchBrowser } from '../support/browser.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

const subpath = siteVariants.find((v) => v.base === '/career/')!;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`server did not answer on ${origin}:\n${log()}`);
}

/** A web root with the /career/ build under career/, readable by a server that drops privileges. */
function makeWebRoot(): { dir: string; www: string; site: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
  chmodSync(dir, 0o755);
  const www = join(dir, 'www');
  const site = join(www, 'career');
  cpSync(siteDir(subpath), site, { recursive: true });
  // The build has no .wasm file of its own (Pagefind's is wasm.*.pagefind); its settings map .wasm anyway.
  writeFileSync(join(site, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  return { dir, www, site };
}

interface Server {
  name: string;
  binary: string;
  start(root: ReturnType<typeof makeWebRoot>, port: number): { command: string; args: string[] };
}

const servers: Server[] = [
  {
    name: 'nginx',
    binary: '/usr/sbin/nginx',
    start(root, port) {
      const snippet = readFileSync(nginxSnippetPath(siteDir(subpath)), 'utf8');
      const location = snippet.replaceAll(nginxFolderPlaceholder(subpath.base), `${root.site}/`);
      const conf = join(root.dir, 'nginx.conf');
      const temp = (name: string) => join(root.dir, name);
      writeFileSync(
        conf,
        `daemon off;
master_process off;
pid ${temp('nginx.pid')};
error_log ${temp('nginx-error.log')} warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('client')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
${location}
  }
}
`,
      );
      return { command: this.binary, args: ['-p', root.dir, '-c', conf] };
    },
  },
  {
    name: 'Apache',
    binary: '/usr/sbin/apache2',
    start(root, port) {
      if (!existsSync(join(root.site, '.htaccess'))) throw new Error('the build wrote no .htaccess');
      const modules = '/usr/lib/apache2/modules';
      const conf = join(root.dir, 'apache.conf');
      writeFileSync(
        conf,
        `ServerRoot "${root.dir}"
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile "${join(root.dir, 'apache.pid')}"
ErrorLog "${join(root.dir, 'apache-error.log')}"
LogLevel warn
# -X runs one process: without keep-alive it is not held by one idle connection.
KeepAlive Off
Mutex file:${root.dir} default
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule dir_module ${modules}/mod_dir.so
TypesConfig /etc/mime.types
DocumentRoot "${root.www}"
<Directory "${root.www}">
  # FileInfo only, as many hosts allow: the build's .htaccess must not need more.
  AllowOverride FileInfo
  Require all granted
</Directory>
`,
      );
      return { command: this.binary, args: ['-X', '-f', conf] };
    },
  },
];

for (const server of servers) {
  const installed = existsSync(server.binary);
  if (!installed) {
    console.warn(`deploy test: ${server.binary} is not installed, so the build's ${server.name} settings are not tested here.`);
  }

  describe.skipIf(!installed)(`the ${server.name} settings the build wrote serve the site under /career/`, () => {
    let root: ReturnType<typeof makeWebRoot>;
    let child: ChildProcess;
    let origin = '';
    let output = '';
    const log = () => {
      const file = join(root.dir, server.name === 'nginx' ? 'nginx-error.log' : 'apache-error.log');
      return `${output}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
    };

    beforeAll(async () => {
      root = makeWebRoot();
      const port = await freePort();
      const { command, args } = server.start(root, port);
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, APACHE_LOG_DIR: root.dir } });
      child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      origin = `http://127.0.0.1:${port}`;
      await waitForServer(origin, child, log);
    }, 30_000);

    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (root) rmSync(root.dir, { recursive: true, force: true });
    });

    const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });
    const type = (res: Response) => (res.headers.get('content-type') ?? '').split(';')[0]!.trim();

    it('serves the home page and a job page as HTML', async () => {
      for (const path of ['/career/', '/career/jobs/cs-manager/']) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(type(res), path).toBe('text/html');
        expect(await res.text(), path).toContain('<html lang="ko"');
      }
    });

    it('redirects /career to /career/', async () => {
      const res = await get('/career');
      expect([301, 302, 308]).toContain(res.status);
      expect(new URL(res.headers.get('location')!, origin).pathname).toBe('/career/');
    });

    it("answers a missing page with status 404 and the site's 404 page", async () => {
      const res = await get('/career/no-such-page/');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('페이지를 찾을 수 없어요');
    });

    it('sends the search files with the MIME types the settings name', async () => {
      const pf = join(root.site, 'pagefind');
      const first = (dir: string, ext: string) => readdirSync(join(pf, dir)).find((f) => f.endsWith(ext))!;
      const files: [string, string][] = [
        [readdirSync(pf).find((f) => f.endsWith('.pf_meta'))!, 'application/octet-stream'],
        [`index/${first('index', '.pf_index')}`, 'application/octet-stream'],
        [`fragment/${first('fragment', '.pf_fragment')}`, 'application/octet-stream'],
        [`filter/${first('filter', '.pf_filter')}`, 'application/octet-stream'],
        [readdirSync(pf).find((f) => f.endsWith('.pagefind'))!, 'application/octet-stream'],
        ['pagefind.js', 'javascript'],
        ['search-data.json', 'application/json'],
      ];
      for (const [file, expected] of files) {
        const res = await get(`/career/pagefind/${file}`);
        expect(res.status, file).toBe(200);
        expect(type(res), file).toContain(expected);
        expect((await res.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
      }
      const wasm = await get('/career/probe.wasm');
      expect(type(wasm)).toBe('application/wasm');
    });

    it('search works in a browser against this server', async () => {
      const browser = await launchBrowser();
      try {
        const page = await (await browser.newContext()).newPage();
        await page.goto(`${origin}/career/search/?q=${encodeURIComponent('상담원')}`);
        await page.waitForSelector('main .search-hit', { timeout: 30_000 });
        const first = await page.locator('main .search-hit__link').first().getAttribute('href');
        expect(first).toMatch(/^\/career\//);
      } finally {
        await browser.close();
      }
    });
  });
}

describe('the IIS web.config the build wrote', () => {
  it('is well-formed XML with the base path and every search file type', async () => {
    const xml = readFileSync(join(siteDir(subpath), 'web.config'), 'utf8');
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
        return {
          error: null,
          notFound: doc.querySelector('httpErrors error[statusCode="404"]')?.getAttribute('path'),
          types: [...doc.querySelectorAll('staticContent mimeMap')].map(
            (m) => `${m.getAttribute('fileExtension')} ${m.getAttribute('mimeType')}`,
          ),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.notFound).toBe('/career/404.html');
      for (const ext of ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind']) {
        expect(parsed.types).toContain(`${ext} application/octet-stream`);
      }
      expect(parsed.types).toContain('.wasm application/wasm');
    } finally {
      await browser.close();
    }
  });
});
