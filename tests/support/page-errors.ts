import type { Page, Worker } from 'playwright-core';

/** Collects what a page or worker reports as errors: console.error and uncaught exceptions. */
export function collectErrors(target: Page | Worker): string[] {
  const errors: string[] = [];
  target.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  if ('on' in target && 'url' in target && 'goto' in target) {
    (target as Page).on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  }
  return errors;
}
