// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import nlMessages from '@/assets/public/_locales/nl/messages.json';

function inDutch() {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string) => (nlMessages as Record<string, { message: string }>)[key]?.message ?? '',
  );
}

describe('PopupApp', () => {
  it("speaks the browser's language and opens the side panel on click", () => {
    inDutch();
    const openSidePanel = vi.fn(() => Promise.resolve());
    render(<PopupApp openSidePanel={openSidePanel} />);
    expect(screen.getByRole('heading', { name: 'Payer Check' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zijpaneel openen' }));
    expect(openSidePanel).toHaveBeenCalledOnce();
  });

  it('shows why the panel did not open', async () => {
    inDutch();
    render(<PopupApp openSidePanel={() => Promise.reject(new Error('No side panel here'))} />);
    fireEvent.click(screen.getByRole('button'));
    expect((await screen.findByRole('alert')).textContent).toBe('No side panel here');
  });
});
