/**
 * What the content script does in one document, as one object: find the fields (the first
 * slice at once, the rest when the page is idle), mark them, follow the sections a single-page
 * HIS adds later (added subtrees only), and answer the side panel (list, focus, read, emphasise,
 * fill the payer). Pure DOM — no extension API — so it runs in happy-dom tests as in the page.
 *
 * Never throws into the page: every entry point is guarded. Never changes a value, except
 * `fillPayer`, which the side panel calls only on the clerk's click.
 */
import { collectControls, isAboutBlankOrSrcdoc } from './collect-controls';
import { createDetectionCache, createDetector, type DetectedField, type SiteProfile } from './detect-fields';
import type { FieldKind } from './field-kinds';
import { fillPayerSelect, type FillResult } from './fill-payer';
import { createHighlighter } from './highlight';
import { evidenceOf, type EvidenceSource, type FormControl } from './label-of';
import { observeAddedSubtrees, type ObserveOptions, type ObserverHandle } from './observe';
import { isReadableKind, readRawValue, type ReadableKind } from './read-raw';
import { createRowTemplates, rowShape, type RowShape } from './row-template';

/** A recognised field as the side panel lists it. */
export interface SessionField {
  /** Unique in this document while the session lives. */
  readonly id: string;
  readonly kind: FieldKind;
  /** What the page calls it (its label, header, placeholder…), at most 80 characters. */
  readonly label: string;
}

/** The value of a readable field, as the clerk sees it (mapped to facts in the side panel). */
export interface SessionValue {
  readonly id: string;
  readonly kind: ReadableKind;
  readonly text: string;
  readonly value?: string;
}

export type FillOutcome = FillResult & { readonly id?: string };

export interface PageSessionOptions {
  readonly document: Document;
  /** The kind names of the hover/focus label, in the clerk's language. */
  readonly labels: Readonly<Record<FieldKind, string>>;
  /** Outline the fields (default true). Off: nothing in the page changes, detection still answers the panel. */
  readonly highlight?: boolean;
  /** CSS selectors per kind for this origin; they replace the heuristics for those kinds. */
  readonly profile?: SiteProfile;
  /** After the recognised fields changed (a late section, a closed one, a new profile). */
  readonly onFieldsChanged?: () => void;
  readonly observe?: ObserveOptions;
  /** Controls per slice of the first scan; the first slice is marked at once (default 300). */
  readonly sliceSize?: number;
  /** This frame stops looking at new controls after this many (default 30,000). */
  readonly maxControls?: number;
  /**
   * Walk into same-origin about:blank / srcdoc frames from here (default false): the browser
   * runs the content script in those frames itself (match_about_blank), each frame then
   * answering for its own fields. When true, a frame whose own script runs (`data-payer-check`
   * on its root) is still left to it.
   */
  readonly walkFrames?: boolean;
  /** Schedules the next slice (default: requestIdleCallback with a 200 ms timeout). */
  readonly schedule?: (run: () => void) => void;
}

export interface PageSession {
  /** The recognised fields still in the page, in the order they were found. */
  fields(): SessionField[];
  /** Scroll the field into view and focus it; false when it is gone. */
  focus(id: string): boolean;
  /** The current values of the readable fields (nationality, document, expiry, national number, arrival). */
  readValues(maxPerKind?: number): SessionValue[];
  /** Stress the fields the clerk must act on after a verdict; [] removes the stress. */
  emphasise(kinds: readonly FieldKind[]): void;
  /** Select the payer's option in the first recognised payer select that has one (the clerk's click). */
  fillPayer(payer: string): FillOutcome;
  setHighlight(on: boolean): void;
  setProfile(profile: SiteProfile | undefined): void;
  setLabels(labels: Readonly<Record<FieldKind, string>>): void;
  /** Resolves when the first scan has gone through every slice. */
  readonly ready: Promise<void>;
  /** Remove every mark and listener; the page is as it was. */
  dispose(): void;
}

interface Entry {
  readonly id: string;
  field: DetectedField;
  label: string | undefined;
}

const MAX_LABEL = 80;
/** Sources that name the field itself (not its section or its options). */
const LABEL_SOURCES = new Set<EvidenceSource>([
  'aria-labelledby', 'label', 'enclosing-label', 'aria-label', 'group-label', 'row-header', 'column-header',
  'cell-left', 'cell-above', 'dt', 'preceding-text', 'following-text', 'placeholder', 'title', 'described-by',
]);

type IdleWindow = Window & { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number };

export function createPageSession(options: PageSessionOptions): PageSession {
  const doc = options.document;
  const view = doc.defaultView as IdleWindow | null;
  const sliceSize = options.sliceSize ?? 300;
  const maxControls = options.maxControls ?? 30_000;
  const schedule =
    options.schedule ??
    ((run: () => void) => {
      if (typeof view?.requestIdleCallback === 'function') view.requestIdleCallback(run, { timeout: 200 });
      else setTimeout(run, 0);
    });
  const walkFrames = options.walkFrames === true;

  let profile = options.profile;
  let highlightOn = options.highlight !== false;
  let emphasised: readonly FieldKind[] = [];
  let cache = createDetectionCache();
  let rows = createRowTemplates();
  let disposed = false;
  let examined = 0;
  let generation = 0;
  let nextId = 1;
  const entries = new Map<Element, Entry>();
  const highlighter = createHighlighter({ labels: options.labels });
  const observedRoots = new WeakSet<Node>();

  const notify = (): void => {
    try {
      options.onFieldsChanged?.();
    } catch {
      // The listener's problem, never the page's.
    }
  };

  const visible = (fields: Iterable<DetectedField>): DetectedField[] => {
    const out: DetectedField[] = [];
    for (const field of fields) if (highlightOn || emphasised.includes(field.kind)) out.push(field);
    return out;
  };

  const register = (fields: readonly DetectedField[]): boolean => {
    let changed = false;
    for (const field of fields) {
      const known = entries.get(field.element);
      if (!known) {
        entries.set(field.element, { id: `f${nextId++}`, field, label: undefined });
        changed = true;
      } else if (known.field.kind !== field.kind) {
        known.field = field;
        changed = true;
      }
    }
    if (changed) highlighter.apply(highlightOn ? fields : visible(fields));
    return changed;
  };

  const watchRoot = (root: Node): void => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer?.observe(root);
  };

  let hiddenMemo = new WeakMap<Element, boolean>();
  const collect = (root: Document | Element | ShadowRoot, count = true): FormControl[] => {
    const room = maxControls - (count ? examined : 0);
    if (room <= 0) return [];
    const controls = collectControls(root, {
      maxControls: room,
      hiddenMemo,
      frames: walkFrames ? 'about-blank' : 'none',
      onShadowRoot: watchRoot,
      onFrameDocument: (frame) => {
        if (!isAboutBlankOrSrcdoc(frame) || frame.documentElement?.hasAttribute('data-payer-check')) return false;
        watchRoot(frame);
        return true;
      },
    });
    if (count) examined += controls.length;
    return controls;
  };

  const detector = () => createDetector({ cache, profile });

  /** The first scan (or a new one after a profile change): slices, the first one at once. */
  /** A grid row's fields: from the template of its shape, or detected in full once per shape. */
  const rowFields = (shape: RowShape, out: DetectedField[]): void => {
    const known = rows.fieldsOf(shape);
    if (known) {
      for (const f of known) out.push(f);
      return;
    }
    const fields = detector()(collect(shape.controls[0]!.parentElement!.parentElement!, false));
    rows.remember(shape, fields);
    for (const f of fields) out.push(f);
  };

  /** The controls of the first scan as units: a grid row (its shape) or a lone control. */
  const units = (controls: readonly FormControl[]): (FormControl | RowShape)[] => {
    const out: (FormControl | RowShape)[] = [];
    const shapes = new Map<Element, RowShape | null>();
    for (const control of controls) {
      const cell = control.parentElement;
      const tr = !profile && cell?.tagName === 'TD' ? cell.parentElement : null;
      if (tr?.tagName === 'TR') {
        let shape = shapes.get(tr);
        if (shape === undefined) {
          shape = rowShape(tr);
          shapes.set(tr, shape);
          if (shape) {
            out.push(shape);
            continue;
          }
        } else if (shape) {
          continue; // the row is already a unit
        }
      }
      out.push(control);
    }
    return out;
  };

  /** The first scan (or a new one after a profile change): slices, the first one at once. */
  const scan = (): Promise<void> => {
    const run = ++generation;
    examined = 0;
    const work = units(collect(doc));
    const detect = detector();
    let offset = 0;
    return new Promise<void>((done) => {
      const slice = (): void => {
        if (disposed || run !== generation) return done();
        try {
          const fields: DetectedField[] = [];
          let lone: FormControl[] = [];
          const flush = () => {
            if (lone.length) for (const f of detect(lone.filter((c) => c.isConnected))) fields.push(f);
            lone = [];
          };
          for (let weight = 0; offset < work.length && weight < sliceSize; offset++) {
            const unit = work[offset]!;
            if ('key' in unit) {
              flush();
              if (unit.controls[0]!.isConnected) rowFields(unit, fields);
              weight += unit.controls.length;
            } else {
              lone.push(unit);
              weight++;
            }
          }
          flush();
          const changed = register(fields);
          if (changed || offset >= work.length) notify();
        } catch {
          offset = work.length;
        }
        if (offset < work.length) schedule(slice);
        else done();
      };
      slice();
    });
  };

  /** An added grid row, when it qualifies for a template. */
  const addRow = (tr: Element, out: DetectedField[]): boolean => {
    if (profile) return false; // a profile's selectors may read what a shape leaves out
    const same = rows.sameAsModel(tr);
    if (same) {
      examined += same.count;
      for (const f of same.fields) out.push(f);
      return true;
    }
    const shape = rowShape(tr);
    if (!shape) return false;
    examined += shape.controls.length;
    rowFields(shape, out);
    return true;
  };

  const onAdded = (subtrees: Element[]): void => {
    if (disposed) return;
    hiddenMemo = new WeakMap(); // what is hidden may have changed since the last batch
    const controls: FormControl[] = [];
    const fields: DetectedField[] = [];
    for (const subtree of subtrees) {
      if (examined >= maxControls) break;
      const tag = subtree.tagName;
      if (tag === 'TR' && addRow(subtree, fields)) continue;
      if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
        for (let tr = subtree.firstElementChild; tr; tr = tr.nextElementSibling) {
          if (tr.tagName !== 'TR' || !addRow(tr, fields)) controls.push(...collect(tr));
        }
        continue;
      }
      controls.push(...collect(subtree));
    }
    if (examined >= maxControls) observer?.();
    if (controls.length) for (const f of detector()(controls)) fields.push(f);
    if (fields.length && register(fields)) notify();
  };

  let observer: ObserverHandle | undefined;
  observer = observeAddedSubtrees(doc, onAdded, { ...options.observe, onRemoved: notify });
  observedRoots.add(doc);

  const live = (): Entry[] => {
    const out: Entry[] = [];
    for (const [element, entry] of entries) {
      if (element.isConnected) out.push(entry);
      else entries.delete(element);
    }
    return out;
  };

  const byId = (id: string): Entry | undefined => live().find((e) => e.id === id);

  const guard = <T>(fallback: T, run: () => T): T => {
    if (disposed) return fallback;
    try {
      return run();
    } catch {
      return fallback;
    }
  };

  let ready: Promise<void>;
  try {
    ready = scan();
  } catch {
    ready = Promise.resolve();
  }

  return {
    ready,
    fields: () =>
      guard([], () =>
        live().map((entry) => {
          entry.label ??= labelOf(entry.field, cache);
          return { id: entry.id, kind: entry.field.kind, label: entry.label };
        }),
      ),
    focus: (id) =>
      guard(false, () => {
        const entry = byId(id);
        if (!entry) return false;
        const element = entry.field.element as HTMLElement;
        element.scrollIntoView?.({ block: 'center', inline: 'nearest' });
        element.focus({ preventScroll: true });
        return true;
      }),
    readValues: (maxPerKind = 20) =>
      guard([], () => {
        const out: SessionValue[] = [];
        const perKind = new Map<FieldKind, number>();
        for (const entry of live()) {
          const kind = entry.field.kind;
          if (!isReadableKind(kind) || (perKind.get(kind) ?? 0) >= maxPerKind) continue;
          const raw = readRawValue(entry.field.element);
          if (!raw.text && !raw.value) continue;
          perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
          out.push(raw.value ? { id: entry.id, kind, text: raw.text, value: raw.value } : { id: entry.id, kind, text: raw.text });
        }
        return out;
      }),
    emphasise: (kinds) =>
      guard(undefined, () => {
        emphasised = [...kinds];
        if (!highlightOn) {
          highlighter.clear();
          highlighter.apply(visible(live().map((e) => e.field)));
        }
        highlighter.emphasise(emphasised);
      }),
    fillPayer: (payer) =>
      guard<FillOutcome>({ ok: false, reason: 'no-match' }, () => {
        let outcome: FillOutcome = { ok: false, reason: 'no-match' };
        for (const entry of live()) {
          const element = entry.field.element;
          if (entry.field.kind !== 'payer' || element.tagName !== 'SELECT') continue;
          const result = fillPayerSelect(element as HTMLSelectElement, payer);
          if (result.ok) return { ...result, id: entry.id };
          if (result.reason === 'unknown-payer') return result;
          if (outcome.ok === false && outcome.reason === 'no-match') outcome = result;
        }
        return outcome;
      }),
    setHighlight: (on) =>
      guard(undefined, () => {
        if (on === highlightOn) return;
        highlightOn = on;
        highlighter.clear();
        const shown = visible(live().map((e) => e.field));
        if (shown.length) {
          highlighter.apply(shown);
          highlighter.emphasise(emphasised);
        }
      }),
    setProfile: (next) =>
      guard(undefined, () => {
        profile = next;
        cache = createDetectionCache();
        rows = createRowTemplates();
        entries.clear();
        highlighter.clear();
        highlighter.emphasise(emphasised);
        ready = scan();
      }),
    setLabels: (labels) => guard(undefined, () => highlighter.setLabels(labels)),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      try {
        observer?.();
        highlighter.clear();
      } catch {
        // Nothing more to do.
      }
      entries.clear();
    },
  };
}

/** What the page calls the field: the evidence that named it, else its first label-like text. */
function labelOf(field: DetectedField, cache: ReturnType<typeof createDetectionCache>): string {
  let text = '';
  for (let i = field.evidence.length - 1; i >= 0 && !text; i--) {
    const piece = field.evidence[i]!;
    if (piece.source === field.decidedBy && LABEL_SOURCES.has(piece.source)) text = piece.text;
  }
  if (!text) text = field.evidence.find((e) => LABEL_SOURCES.has(e.source))?.text ?? '';
  if (!text) {
    for (const piece of evidenceOf(field.element, cache)) {
      if (LABEL_SOURCES.has(piece.source) || piece.source === 'name' || piece.source === 'id') {
        text = piece.text;
        break;
      }
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}
