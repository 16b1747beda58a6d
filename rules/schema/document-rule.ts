/**
 * The knowledge base: one `DocumentRule` per residence document, written as data that follows
 * the fiche's own section order (what it is → register → travel insurance → foreign insurance →
 * Belgian insurance → Fedasil → CPAS → warnings). Functions in `engine/` read this data.
 */
import { z } from 'zod';
import type { Citation } from '../sources/registry';
import type { Text } from '../i18n/text';
import { DOCUMENT_IDS, type DocumentId } from './facts';

export type InsuranceAccess = 'sufficient' | 'sufficient-in-principle' | 'some-cases' | 'insufficient';
export type Tri = 'yes' | 'no' | 'depends';

/** Holder qualities of the fiches ("En tant que titulaire"). */
export type HolderQuality = 'employed' | 'higher-education-student' | 'unaccompanied-minor' | 'registered-resident';
/** Dependant qualities ("En tant que personne à charge d'un titulaire"). */
export type DependantQuality = 'spouse' | 'ascendant' | 'cohabitant' | 'child';

/** When the holder quality "inscrit au Registre national" (or employment) comes with the document. */
export type QualityWithDocument =
  | { readonly kind: 'always' }
  | { readonly kind: 'annexe-15-register-cases' }
  | { readonly kind: 'recognised-protection' };

export type CpasRule =
  /** Full social aid in principle (optionally: "very limited in practice"). */
  | { readonly kind: 'full'; readonly limitedInPractice?: boolean }
  /** No legal stay: Urgent Medical Aid only. */
  | { readonly kind: 'amu-only' }
  /** Annexe 13: AMU once the deadline has passed; full aid while it is extended. */
  | { readonly kind: 'order-to-leave' }
  /** Annexe 15: case by case. */
  | { readonly kind: 'annexe-15-cases' }
  /**
   * Full aid, limited to AMU for EU job-seekers (and their family) and for EU students /
   * inactive citizens (and their family) in the first three months.
   * `who`: whether the holder may be the EU citizen themself, or only a family member.
   */
  | { readonly kind: 'eu-limits'; readonly who: 'eu-citizen-or-family' | 'family-member' }
  /** No right to social aid nor to AMU (frontier workers). */
  | { readonly kind: 'none' };

export type DataTransferRule = 'always' | 'hedged' | 'students-and-family';

export interface Cited<T> {
  readonly value: T;
  readonly cite: readonly Citation[];
}

export interface DocumentRule {
  readonly id: DocumentId;
  /** Where the clerk sees it in the document picker. */
  readonly group: 'card' | 'paper' | 'no-document';
  readonly names: { readonly official: Text; readonly short: Text };
  /** Search words in any language: letters, numbers, old names, the clerks' nicknames. */
  readonly aliases: readonly string[];
  /** For the small drawing: a card letter or an annex number. */
  readonly mark: string;
  /** Old name ↔ new name (C → K, E → EU …). */
  readonly replaces?: DocumentId;
  readonly replacedBy?: DocumentId;
  /** What the document is and who receives it (clerk's words). */
  readonly what: Text;
  readonly whatCite: readonly Citation[];
  readonly validity?: Text;
  readonly nationalRegister: Cited<Tri | 'by-annexe-15-case'>;
  readonly insuranceAccess: Cited<InsuranceAccess>;
  readonly holderQualities: Cited<readonly HolderQuality[]>;
  readonly dependantQualities: Cited<readonly DependantQuality[]>;
  /** The holder quality that comes with the document itself, and when. */
  readonly qualityWithDocument?: { readonly quality: HolderQuality; readonly when: QualityWithDocument };
  readonly cpas: Cited<CpasRule>;
  readonly warnings: {
    readonly residenceRightAtRisk?: readonly Citation[];
    readonly dataTransfer?: Cited<DataTransferRule>;
    /** The SPP IS note on family members of a Belgian stands in this fiche. */
    readonly sppIsNote?: readonly Citation[];
  };
  /** E, E+, F, F+, EU, EU+: lapsed for UK nationals on 31 March 2022. */
  readonly lapsesForUk?: boolean;
  /** Facts DOMAIN.md calls uncertain, shown to the clerk as such. */
  readonly uncertain?: readonly { readonly note: Text; readonly cite: readonly Citation[] }[];
}

const citation = z.object({ source: z.string().min(1), section: z.string().min(1), quote: z.string().min(8) });
const cites = z.array(citation).min(1);
const lang = z.object({ fr: z.string().min(1), nl: z.string().min(1), de: z.string().min(1), en: z.string().min(1) });

/** Validates the knowledge base itself (run by the tests and at module load in development). */
export const DocumentRuleSchema = z.object({
  id: z.enum(DOCUMENT_IDS),
  group: z.enum(['card', 'paper', 'no-document']),
  names: z.object({ official: lang, short: lang }),
  aliases: z.array(z.string().min(1)).min(1),
  mark: z.string().min(1),
  what: lang,
  whatCite: cites,
  nationalRegister: z.object({ value: z.enum(['yes', 'no', 'depends', 'by-annexe-15-case']), cite: cites }),
  insuranceAccess: z.object({
    value: z.enum(['sufficient', 'sufficient-in-principle', 'some-cases', 'insufficient']),
    cite: cites,
  }),
  holderQualities: z.object({ value: z.array(z.string()), cite: cites }),
  dependantQualities: z.object({ value: z.array(z.string()), cite: cites }),
  cpas: z.object({ value: z.object({ kind: z.string() }), cite: cites }),
});
