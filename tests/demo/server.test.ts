import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, SITE_DIR, resolveSitePath, startDemoServer, type DemoServer } from './server';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(() => demo.close());

/** A GET with the path exactly as written (fetch would normalise `..`). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const url = new URL(demo.origin);
    request({ host: url.hostname, port: url.port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('demo HIS server', () => {
  it('listens on a local address, where the content script runs', () => {
    expect(demo.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(Object.values(DEMO_PAGES).flatMap((page) => [page.shell, page.form]))(
    'serves %s as HTML (Firefox runs no content script in a page served as text)',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.type).toBe('text/html; charset=utf-8');
    },
  );

  it('shows the admission screen inside a frame of the shell, as many HIS do', async () => {
    const fr = await get(DEMO_PAGES.fr.shell);
    expect(fr.body).toContain('<iframe');
    expect(fr.body).toContain('src="admission.html"');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/fr/../../package.json', '/missing.html'])(
    'answers 404 to %s',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it('never maps a path outside the site folder', () => {
    expect(resolveSitePath('/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveSitePath('/fr/')).toBe(`${SITE_DIR}/fr/index.html`);
    expect(resolveSitePath('/%E0%A4%A')).toBeNull();
  });
});
