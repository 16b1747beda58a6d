/**
 * "Read from page": the values the content script read → answers the clerk can confirm, each
 * for one fact of the side panel. Pure; the mapping of free text and option values (country
 * names and codes, document names, dates, national numbers) is components/page/read-values.ts.
 */
import { proposeValue, type ReadableKind } from '@/components/page/read-values';
import type { DocumentId } from '@/rules/schema/facts';

/** The facts a page can answer: the rules' nationality, document, documentValidUntil, monthsInBelgium; and the national number the panel checks. */
export type PageFact = 'nationality' | 'document' | 'documentValidUntil' | 'nationalNumber' | 'monthsInBelgium';

export type Proposal =
  | { readonly key: string; readonly fact: 'nationality'; readonly value: string; readonly raw: string }
  | { readonly key: string; readonly fact: 'document'; readonly value: DocumentId; readonly raw: string }
  | { readonly key: string; readonly fact: 'documentValidUntil'; readonly value: string; readonly raw: string }
  | { readonly key: string; readonly fact: 'nationalNumber'; readonly value: string; readonly raw: string; readonly formatted: string }
  | { readonly key: string; readonly fact: 'monthsInBelgium'; readonly value: number; readonly raw: string; readonly since: string };

export interface NotUnderstood {
  readonly kind: ReadableKind;
  readonly raw: string;
}

export interface ReadValue {
  readonly kind: ReadableKind;
  readonly text: string;
  readonly value?: string;
}

/** Whole months from `from` to `to` (YYYY-MM-DD), or null when `from` is later. */
export function monthsBetween(from: string, to: string): number | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (![fy, fm, fd, ty, tm, td].every(Number.isFinite)) return null;
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return months >= 0 && from <= to ? months : null;
}

/** Proposals in the order the facts are asked (document first), without duplicates. */
export function proposalsFrom(values: readonly ReadValue[], today: string): { proposals: Proposal[]; notUnderstood: NotUnderstood[] } {
  const proposals: Proposal[] = [];
  const notUnderstood: NotUnderstood[] = [];
  const seen = new Set<string>();
  const add = (p: Proposal): void => {
    if (seen.has(p.key)) return;
    seen.add(p.key);
    proposals.push(p);
  };
  for (const read of values) {
    const found = proposeValue(read.kind, read.text) ?? (read.value ? proposeValue(read.kind, read.value) : null);
    if (!found) {
      if (!notUnderstood.some((n) => n.kind === read.kind && n.raw === read.text)) notUnderstood.push({ kind: read.kind, raw: read.text || read.value || '' });
      continue;
    }
    switch (found.kind) {
      case 'nationality':
        add({ key: `nationality:${found.value}`, fact: 'nationality', value: found.value, raw: found.raw });
        break;
      case 'residence-document':
        add({ key: `document:${found.value}`, fact: 'document', value: found.value, raw: found.raw });
        break;
      case 'document-expiry':
        add({ key: `documentValidUntil:${found.value}`, fact: 'documentValidUntil', value: found.value, raw: found.raw });
        break;
      case 'national-number':
        add({ key: `nationalNumber:${found.value}`, fact: 'nationalNumber', value: found.value, raw: found.raw, formatted: found.details.formatted });
        break;
      case 'arrival-date': {
        const months = monthsBetween(found.value, today);
        if (months === null) notUnderstood.push({ kind: 'arrival-date', raw: found.raw });
        else add({ key: `monthsInBelgium:${months}`, fact: 'monthsInBelgium', value: months, raw: found.raw, since: found.value });
        break;
      }
    }
  }
  const order: readonly PageFact[] = ['document', 'documentValidUntil', 'nationality', 'nationalNumber', 'monthsInBelgium'];
  proposals.sort((a, b) => order.indexOf(a.fact) - order.indexOf(b.fact));
  return { proposals, notUnderstood };
}
