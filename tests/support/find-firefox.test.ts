import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FirefoxNotFoundError, findFirefox, firefoxCandidates } from './find-firefox';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH', () => {
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff/firefox' }, 'linux', only('/opt/ff/firefox', '/usr/bin/firefox-esr'))).toBe('/opt/ff/firefox');
  });

  it('refuses a FIREFOX_PATH that does not exist instead of quietly using another browser', () => {
    expect(() => findFirefox({ FIREFOX_PATH: '/nowhere/firefox' }, 'linux', only('/usr/bin/firefox-esr'))).toThrow(
      /FIREFOX_PATH is set to "\/nowhere\/firefox"/,
    );
  });

  it("uses Debian's Firefox ESR binary first", () => {
    expect(findFirefox({}, 'linux', only('/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'))).toBe('/usr/lib/firefox-esr/firefox-esr');
  });

  it('looks in the usual places on macOS and Windows', () => {
    expect(findFirefox({}, 'darwin', only('/Applications/Firefox.app/Contents/MacOS/firefox'))).toMatch(/firefox$/);
    expect(firefoxCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(join('C:\\Program Files', 'Mozilla Firefox', 'firefox.exe'));
  });

  it('says to apt-get install firefox-esr when nothing is found', () => {
    let error: unknown;
    try {
      findFirefox({}, 'linux', () => false);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FirefoxNotFoundError);
    expect((error as Error).message).toContain('apt-get install -y firefox-esr');
  });
});
