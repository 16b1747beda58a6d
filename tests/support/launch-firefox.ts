import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectBidi, type BidiClient } from './bidi';
import { FirefoxTab } from './firefox-tab';

/** Where `wxt build -b firefox` puts the Firefox add-on (Manifest V2, with a sidebar). */
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** The add-on's internal UUID in the test profile, so that its pages have a known address. */
export const EXTENSION_UUID = '6f1c2a9e-4b7d-4c3e-9a52-0d8e7f613b24';

/**
 * Preferences of the throw-away profile: the fixed UUID, no first-run pages, nothing that
 * reaches the internet on its own, the content and extension consoles copied to stdout
 * (where the test reads the extension's errors), and focus behaving as in a visible window.
 */
function profilePrefs(geckoId: string): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'devtools.console.stdout.content': true,
    'focusmanager.testmode': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.newtabpage.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.update.disabledForTesting': true,
    'services.settings.server': 'http://127.0.0.1:9/',
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.region.update.enabled': false,
  };
}

export interface FirefoxWithExtension {
  bidi: BidiClient;
  /** The add-on's id (its gecko id), as Firefox reported it after installing it. */
  extensionId: string;
  /** `moz-extension://<uuid>/<page>` */
  extensionUrl(page: string): string;
  /** A new tab, brought to the front. */
  newTab(): Promise<FirefoxTab>;
  /** Everything Firefox printed so far; `mark()` is its current length. */
  output(): string;
  mark(): number;
  /**
   * The extension's errors Firefox printed (since `from`, a `mark()`): uncaught exceptions
   * and rejections in its pages and background, and `console.error` calls in them.
   */
  extensionErrors(from?: number): string[];
  /** Closes Firefox (killing it if it does not quit) and deletes the profile and build copy. */
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  firefoxPath: string;
  extensionDir?: string;
  headless?: boolean;
  /** For each step: Firefox's start, the BiDi connection, the add-on's installation. */
  timeoutMs?: number;
}

/** Copies the build, once it is complete: another `wxt build` may rewrite .output/ meanwhile. */
async function copyBuild(dir: string): Promise<string> {
  const complete = (d: string) => existsSync(join(d, 'manifest.json')) && existsSync(join(d, 'sidepanel.html'));
  for (let attempt = 0; attempt < 20; attempt++) {
    if (complete(dir)) {
      const copy = await mkdtemp(join(tmpdir(), 'payer-check-firefox-build-'));
      await cp(dir, copy, { recursive: true });
      if (complete(copy)) return copy;
      await rm(copy, { recursive: true, force: true });
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`no complete Firefox build in ${dir} (npm run build:firefox)`);
}

/**
 * Blocks of Firefox's output that come from the extension: "JavaScript error:" lines about
 * its own files, and `console.error` blocks that name no browser-internal file (Firefox's
 * own services log theirs from resource:// and chrome:// modules).
 */
export function extensionErrorsIn(output: string, uuid: string): string[] {
  const lines = output.split(/\r?\n/);
  const header = /^(console\.\w+:|JavaScript \w+:|\[|\*\*\*|WebDriver BiDi|\d{10,}\t|$)/;
  const errors: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('JavaScript error:') && line.includes(`moz-extension://${uuid}/`)) errors.push(line);
    if (!line.startsWith('console.error:')) continue;
    const block = [line];
    while (i + 1 < lines.length && !header.test(lines[i + 1]!)) block.push(lines[++i]!);
    const text = block.join('\n');
    if (!/\b(resource|chrome):\/\//.test(text)) errors.push(text);
  }
  return errors;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once('exit', () => (clearTimeout(timer), done(true)));
  });
}

/**
 * Starts Firefox with a fresh profile, headless by default, with its WebDriver BiDi server
 * on a free port, and installs the built add-on as a temporary add-on (BiDi
 * `webExtension.install`). `--remote-allow-system-access` lets BiDi navigate to
 * moz-extension:// pages, which it refuses otherwise.
 */
export async function launchFirefoxWithExtension(options: LaunchFirefoxOptions): Promise<FirefoxWithExtension> {
  const timeout = options.timeoutMs ?? 30_000;
  const build = await copyBuild(options.extensionDir ?? FIREFOX_BUILD_DIR);
  const manifest = JSON.parse(await readFile(join(build, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const profile = await mkdtemp(join(tmpdir(), 'payer-check-firefox-profile-'));
  let child: ChildProcess | undefined;
  let bidi: BidiClient | undefined;
  let output = '';

  const close = async () => {
    if (bidi) {
      await bidi.send('browser.close', {}, 5_000).catch(() => undefined);
      bidi.close();
    }
    if (child && !(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    await rm(build, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    if (!geckoId) throw new Error(`${build}/manifest.json has no browser_specific_settings.gecko.id`);
    const prefs = Object.entries(profilePrefs(geckoId)).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
    await writeFile(join(profile, 'user.js'), `${prefs.join('\n')}\n`);

    const args = ['--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profile];
    if (options.headless ?? true) args.unshift('--headless');
    const started = spawn(options.firefoxPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    child = started;
    const endpoint = await new Promise<string>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`Firefox did not start its WebDriver BiDi server within ${timeout / 1000} s. Its output:\n${output}`)),
        timeout,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (found) (clearTimeout(timer), done(found[1]!));
      };
      started.stdout!.on('data', read);
      started.stderr!.on('data', read);
      started.once('error', (error) => (clearTimeout(timer), fail(error)));
      started.once('exit', (code) => (clearTimeout(timer), fail(new Error(`Firefox exited (${code}) before it was ready. Its output:\n${output}`))));
    });

    const client = await connectBidi(`${endpoint}/session`, timeout);
    bidi = client;
    await client.send('session.new', { capabilities: {} }, timeout);
    const installed = await client
      .send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: build } }, timeout)
      .catch((error: unknown) => {
        throw new Error(`Firefox refused the add-on in ${build}: ${error instanceof Error ? error.message : String(error)}`);
      });

    return {
      bidi: client,
      extensionId: installed.extension,
      extensionUrl: (page) => `moz-extension://${EXTENSION_UUID}/${page.replace(/^\//, '')}`,
      newTab: async () => {
        const { context } = await client.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        await client.send('browsingContext.activate', { context });
        return new FirefoxTab(client, context);
      },
      output: () => output,
      mark: () => output.length,
      extensionErrors: (from = 0) => extensionErrorsIn(output.slice(from), EXTENSION_UUID),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
