/**
 * Serves the demo HIS (./site) on a local address, where the extension's content script
 * runs out of the box. Used by `npm start` and the end-to-end tests; run it alone with
 *   npm run demo            (PORT=8080 npm run demo for a fixed port)
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SITE_DIR = resolve(import.meta.dirname, 'site');

/** The demo's pages, by language: the shell (with the admission screen in a frame) and the screen alone. */
export const DEMO_PAGES = {
  fr: { shell: '/fr/', form: '/fr/admission.html' },
  nl: { shell: '/nl/', form: '/nl/opname.html' },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a file under `site`, or null when it would leave it. */
export function resolveSitePath(urlPath: string, site = SITE_DIR): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(site, `.${path}`);
  return file.startsWith(site + sep) ? file : null;
}

export async function startDemoServer(options: { host?: string; port?: number } = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    const file = resolveSitePath(request.url ?? '/');
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    };
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          // Firefox shows a page without this as text, and runs no content script in it.
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => notFound(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 0);
  startDemoServer({ port }).then(
    (demo) => {
      console.log(`Demo HIS on ${demo.origin}/`);
      console.log(`  French:  ${demo.url(DEMO_PAGES.fr.shell)}`);
      console.log(`  Dutch:   ${demo.url(DEMO_PAGES.nl.shell)}`);
      console.log('Ctrl+C to stop.');
    },
    (error: unknown) => {
      console.error(`The demo HIS could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
