/**
 * Where every form control sits and what it holds, in document order (open shadow roots and
 * same-origin frames included). DOM-only, injected into real pages by the Chromium tests: a
 * page with the content script must give the same snapshot as the same page without it — the
 * highlight moves nothing, reading and listing change no value.
 */
import { describeControl, scoredControls } from './score';

export interface ControlSnapshot {
  readonly where: string;
  /** x, y, width, height in CSS pixels, relative to the control's own frame, rounded to 0.1. */
  readonly box: readonly [number, number, number, number];
  readonly value: string;
  readonly checked: boolean;
}

export function snapshotControls(root: Document = document): ControlSnapshot[] {
  const round = (n: number) => Math.round(n * 10) / 10;
  return scoredControls(root).map((el) => {
    const rect = el.getBoundingClientRect();
    const input = el as HTMLInputElement;
    return {
      where: describeControl(el),
      box: [round(rect.x), round(rect.y), round(rect.width), round(rect.height)],
      value: typeof input.value === 'string' ? input.value : '',
      checked: input.checked === true,
    };
  });
}

/** The differences between two snapshots, as readable lines (empty: the same). */
export function compareSnapshots(reference: readonly ControlSnapshot[], actual: readonly ControlSnapshot[], tolerance = 0.5): string[] {
  const out: string[] = [];
  if (reference.length !== actual.length) out.push(`controls: ${reference.length} without the extension, ${actual.length} with it`);
  const n = Math.min(reference.length, actual.length);
  for (let i = 0; i < n; i++) {
    const a = reference[i]!;
    const b = actual[i]!;
    if (a.box.some((v, k) => Math.abs(v - b.box[k]!) > tolerance)) out.push(`${b.where} moved: ${a.box.join(',')} → ${b.box.join(',')}`);
    if (a.value !== b.value || a.checked !== b.checked) out.push(`${b.where} value changed: ${JSON.stringify(a.value)} → ${JSON.stringify(b.value)}`);
  }
  return out;
}
