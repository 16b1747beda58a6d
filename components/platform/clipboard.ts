/**
 * Puts plain text on the clipboard, for the HIS's note field. `navigator.clipboard` needs a
 * focused page and a recent user action (the click or key press that asked for it); when it
 * refuses, the old `execCommand('copy')` on a hidden text area usually still works.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    if (!copyWithSelection(text)) throw error instanceof Error ? error : new Error(String(error));
  }
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus();
  return ok;
}
