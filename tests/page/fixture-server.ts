/**
 * Serves our HIS fixture pages (tests/fixtures/his) on http://127.0.0.1:<free port>, where the
 * content script runs out of the box, with the strict content security policy a hospital's
 * HIS may send: no inline script, no inline style, nothing from elsewhere. Used by the
 * real-Chromium tests and the bench. Extra pages (the bench's) can be served from memory.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { FIXTURE_DIR } from './load-fixture';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  /** The same page on UNMATCHED_HOST, where the content script does not run. */
  referenceUrl(path: string): string;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Pages served from memory, by path ("/bench.html"), before the fixture folder. */
  readonly extra?: Readonly<Record<string, string>>;
  readonly csp?: string | null;
  readonly port?: number;
  /** The folder served; our HIS fixtures (FIXTURE_DIR) unless told otherwise. */
  readonly dir?: string;
}

/**
 * A host name the content script's manifest does not match, mapped to 127.0.0.1 in Chromium
 * (`--host-resolver-rules`): the same page, the same server, without the content script — the
 * reference for "nothing moved, nothing changed".
 */
export const UNMATCHED_HOST = 'his-reference.test';
export const HOST_RESOLVER_ARGS = [`--host-resolver-rules=MAP ${UNMATCHED_HOST} 127.0.0.1`];

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const csp = options.csp === undefined ? STRICT_CSP : options.csp;
  const dir = options.dir ?? FIXTURE_DIR;
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const headers = (file: string): Record<string, string> => ({
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const inMemory = options.extra?.[path];
    if (inMemory !== undefined) {
      response.writeHead(200, headers(path));
      response.end(inMemory);
      return;
    }
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir + sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, headers(file));
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    referenceUrl: (path) => new URL(path, `http://${UNMATCHED_HOST}:${port}`).href,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
