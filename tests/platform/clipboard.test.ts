// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyText } from '@/components/platform/clipboard';

describe('copyText', () => {
  it('writes plain text with navigator.clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await copyText('Payer Check — summary');
    expect(writeText).toHaveBeenCalledWith('Payer Check — summary');
  });

  it('falls back on execCommand("copy") when the clipboard API refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('not allowed')),
    } as unknown as Clipboard);
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    await copyText('x');
    expect(exec).toHaveBeenCalledWith('copy');
    exec.mockReturnValue(false);
    await expect(copyText('y')).rejects.toThrow('not allowed');
  });
});
