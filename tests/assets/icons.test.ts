import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ICON_DIR = resolve(import.meta.dirname, '../../assets/public/icon');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it.each([16, 32, 48, 128])('icon/%i.png is a %i-pixel square PNG (rendered from assets/icons/icon.svg)', (size) => {
    expect(pngSize(resolve(ICON_DIR, `${size}.png`))).toEqual({ width: size, height: size });
  });
});
