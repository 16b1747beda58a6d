import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds a Chromium-family browser able to load an unpacked extension from the command
 * line, for the end-to-end tests and `npm start`.
 *
 * Order: `CHROME_PATH`, then the usual install locations. Chromium comes first: branded
 * Google Chrome ignores `--load-extension` since version 137, so it is only a last resort.
 */

export class ChromeNotFoundError extends Error {
  override name = 'ChromeNotFoundError';
}

export function chromeCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      (root): root is string => Boolean(root),
    );
    return [
      ...roots.map((root) => join(root, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((root) => join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
      ...roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    // Debian's real binary: the /usr/bin/chromium wrapper adds flags of its own.
    '/usr/lib/chromium/chromium',
    '/usr/lib/chromium-browser/chromium-browser',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib64/chromium-browser/chromium-browser',
    '/usr/bin/microsoft-edge',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

export function installAdvice(platform: NodeJS.Platform): string {
  const how =
    platform === 'darwin'
      ? '  brew install --cask chromium'
      : platform === 'win32'
        ? '  install Chromium (https://www.chromium.org/getting-involved/download-chromium/) or Microsoft Edge'
        : [
            '  Debian:        sudo apt-get install -y chromium',
            '  Ubuntu:        sudo snap install chromium',
            '  Fedora:        sudo dnf install -y chromium',
          ].join('\n');
  return [
    'No Chromium-family browser found. Install one:',
    how,
    'or point CHROME_PATH at a Chromium, Chrome for Testing or Edge executable:',
    '  CHROME_PATH=/path/to/chromium npm test',
    '(Branded Google Chrome 137+ refuses to load an unpacked extension from the command line.)',
  ].join('\n');
}

/** The browser's executable path; throws a `ChromeNotFoundError` that says what to install. */
export function findChrome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ChromeNotFoundError(`CHROME_PATH is set to "${fromEnv}", but there is no such file.\n${installAdvice(platform)}`);
  }
  const found = chromeCandidates(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new ChromeNotFoundError(installAdvice(platform));
}
