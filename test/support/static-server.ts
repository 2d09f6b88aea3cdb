import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site folder under `base` on 127.0.0.1, as a school's static host would:
 * paths outside the base and missing files get the site's 404 page with status 404.
 */
export async function serveSite(dir: string, base: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
