/**
 * `npm start` where there is no display: it must do its whole job on its own, print the
 * result line, save screenshots and exit 0 (the build is already done by `npm test`).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runTool } from '../support/tools';

const START = ['tests/demo/start.ts', '--headless', '--no-build'];

describe('npm start without a display', () => {
  it('loads the extension on the demo HIS, reports the side panel and saves screenshots', async () => {
    const startedAt = Date.now();
    const { code, output } = await runTool('tsx', START, { capture: true });
    expect(output).toContain('Payer Check loaded; side panel rendered');
    expect(output).toContain('content script running on http://127.0.0.1:');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(code).toBe(0);
    for (const shot of ['demo-his.png', 'side-panel.png']) {
      const file = resolve(ROOT, 'test-results/start', shot);
      expect(statSync(file).mtimeMs, shot).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(statSync(file).size, shot).toBeGreaterThan(1000);
    }
  });

  it('says what to install, without a stack trace, when CHROME_PATH points nowhere', async () => {
    const { code, output } = await runTool('tsx', START, { capture: true, env: { CHROME_PATH: '/nonexistent/chromium' } });
    expect(code).toBe(1);
    expect(output).toContain('CHROME_PATH is set to "/nonexistent/chromium"');
    expect(output).toContain('apt-get install');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
