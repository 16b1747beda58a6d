import { describe, expect, it } from 'vitest';
import { extensionErrorsIn } from './launch-firefox';

const UUID = '6f1c2a9e-4b7d-4c3e-9a52-0d8e7f613b24';

describe("extensionErrorsIn (the add-on's errors in Firefox's output)", () => {
  it("keeps the add-on's uncaught errors and console.error calls, not Firefox's own", () => {
    const output = [
      '*** You are running in headless mode.',
      'console.error: RSLoader: ',
      '  Failed to retrieve recipes from Remote Settings',
      'getRecipesFromCollection@resource://nimbus/lib/RemoteSettingsExperimentLoader.sys.mjs:824:13',
      'JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join',
      'console.error: (new Error("Polling for changes failed", "resource://services-settings/remote-settings.sys.mjs", 490))',
      'console.error: "bg-test"',
      `JavaScript error: moz-extension://${UUID}/background.js, line 2: Error: boom`,
      'JavaScript error: moz-extension://00000000-0000-0000-0000-000000000000/x.js, line 1: Error: another add-on',
      'console.warn: "only a warning"',
      '',
    ].join('\n');
    expect(extensionErrorsIn(output, UUID)).toEqual([
      'console.error: "bg-test"',
      `JavaScript error: moz-extension://${UUID}/background.js, line 2: Error: boom`,
    ]);
  });
});
