import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds a stock Firefox for the Firefox end-to-end test (driven over WebDriver BiDi, no
 * Playwright download). Order: `FIREFOX_PATH`, then the usual install locations, Debian's
 * Firefox ESR first (its real binary: /usr/bin/firefox-esr is a link to it).
 */

export class FirefoxNotFoundError extends Error {
  override name = 'FirefoxNotFoundError';
}

export function firefoxCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Firefox.app/Contents/MacOS/firefox', '/Applications/Firefox ESR.app/Contents/MacOS/firefox'];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    return roots.map((root) => join(root, 'Mozilla Firefox', 'firefox.exe'));
  }
  return [
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/usr/bin/firefox',
    '/opt/firefox/firefox',
  ];
}

export function firefoxInstallAdvice(platform: NodeJS.Platform): string {
  const how =
    platform === 'darwin'
      ? '  brew install --cask firefox'
      : platform === 'win32'
        ? '  install Firefox (https://www.mozilla.org/firefox/)'
        : ['  Debian:        sudo apt-get install -y firefox-esr', '  Fedora:        sudo dnf install -y firefox'].join('\n');
  return [
    'No Firefox found for the Firefox end-to-end test. Install one:',
    how,
    'or point FIREFOX_PATH at a Firefox executable (140 or later):',
    '  FIREFOX_PATH=/path/to/firefox npm test',
  ].join('\n');
}

/** Firefox's executable path; throws a `FirefoxNotFoundError` that says what to install. */
export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.FIREFOX_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new FirefoxNotFoundError(`FIREFOX_PATH is set to "${fromEnv}", but there is no such file.\n${firefoxInstallAdvice(platform)}`);
  }
  const found = firefoxCandidates(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new FirefoxNotFoundError(firefoxInstallAdvice(platform));
}
