import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromeNotFoundError, chromeCandidates, findChrome } from './find-chrome';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChrome', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChrome({ CHROME_PATH: '/opt/my/chromium' }, 'linux', only('/opt/my/chromium', '/usr/bin/chromium'))).toBe(
      '/opt/my/chromium',
    );
  });

  it('refuses a CHROME_PATH that does not exist instead of quietly using another browser', () => {
    expect(() => findChrome({ CHROME_PATH: '/nowhere/chrome' }, 'linux', only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH is set to "\/nowhere\/chrome"/,
    );
  });

  it("uses Debian's real Chromium binary before the /usr/bin wrapper", () => {
    expect(findChrome({}, 'linux', only('/usr/bin/chromium', '/usr/lib/chromium/chromium'))).toBe(
      '/usr/lib/chromium/chromium',
    );
  });

  it('takes branded Google Chrome only when there is no Chromium (it ignores --load-extension since 137)', () => {
    const order = chromeCandidates('linux', {});
    expect(order.indexOf('/usr/bin/chromium')).toBeLessThan(order.indexOf('/usr/bin/google-chrome'));
    expect(findChrome({}, 'linux', only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('looks in the usual places on macOS and Windows', () => {
    expect(findChrome({}, 'darwin', only('/Applications/Chromium.app/Contents/MacOS/Chromium'))).toMatch(/Chromium$/);
    const edge = join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe');
    expect(chromeCandidates('win32', { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })).toContain(edge);
  });

  it('says what to install when nothing is found', () => {
    let error: unknown;
    try {
      findChrome({}, 'linux', () => false);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChromeNotFoundError);
    expect((error as Error).message).toContain('sudo apt-get install -y chromium');
    expect((error as Error).message).toContain('CHROME_PATH');
  });
});
