/**
 * Renders assets/icons/icon.svg to the PNG sizes the manifest uses
 * (assets/public/icon/<size>.png, found by WXT). Run after editing the SVG:
 *   npm run icons
 * It uses the same Chromium as the tests, so no image tool is needed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../../tests/support/find-chrome';

export const ICON_SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = await readFile(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace('<svg ', `<svg width="${size}" height="${size}" `) +
          `</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const out = resolve(import.meta.dirname, '../public/icon', `${size}.png`);
      await writeFile(out, png);
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
