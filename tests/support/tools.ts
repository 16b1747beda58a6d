import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The CLIs the scripts run, started with this Node (no shell, so the same on Windows). */
export const TOOLS = {
  wxt: resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'),
  vitest: resolve(ROOT, 'node_modules/vitest/vitest.mjs'),
  tsc: resolve(ROOT, 'node_modules/typescript/bin/tsc'),
  tsx: resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
} as const;

export interface RunResult {
  code: number;
  /** stdout and stderr, when captured. */
  output: string;
}

export interface RunOptions {
  /** Keep the output (and print nothing); otherwise it goes straight to the terminal. */
  capture?: boolean;
  /** Variables added to this process's environment. */
  env?: Record<string, string>;
}

/** Runs `node <tool> ...args` in the project root. */
export function runTool(tool: keyof typeof TOOLS, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { capture = false, env = {} } = options;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [TOOLS[tool], ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}
