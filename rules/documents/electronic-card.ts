/**
 * The electronic cards A–H share one fiche layout (the descriptive part was lost in the PDF
 * conversion, see seeds/README.md): "ASSURANCE-MALADIE EN BELGIQUE" then "PRISE EN CHARGE …
 * PAR LE CPAS". This builder keeps each card's file to what differs.
 */
import { fiche, type Citation } from '../sources/registry';
import type { Text } from '../i18n/text';
import type { CpasRule, DependantQuality, DocumentRule, InsuranceAccess } from '../schema/document-rule';
import type { DocumentId } from '../schema/facts';
import { BE_INSURANCE, CPAS, dependantCites, holderCites, residual } from './fiche-passages';

export interface CardSpec {
  readonly id: DocumentId;
  readonly letter: string;
  readonly names: DocumentRule['names'];
  readonly aliases: readonly string[];
  readonly what: Text;
  readonly whatCite: readonly Citation[];
  readonly validity?: Text;
  readonly access: InsuranceAccess;
  /** The card's own sentence, e.g. "La carte B est un document de séjour suffisant …". */
  readonly accessQuote: string;
  readonly cpasQuote: string;
  readonly cpas?: CpasRule;
  readonly cpasCite?: readonly Citation[];
  readonly dependants?: readonly DependantQuality[];
  readonly employedQuote?: string;
  readonly warnings?: DocumentRule['warnings'];
  readonly registerCite?: readonly Citation[];
  readonly lapsesForUk?: boolean;
  readonly replacedBy?: DocumentId;
  readonly uncertain?: DocumentRule['uncertain'];
}

export function electronicCard(spec: CardSpec): DocumentRule {
  const F = `Carte électronique ${spec.letter}`;
  const dependants = spec.dependants ?? (['spouse', 'ascendant', 'cohabitant', 'child'] as const);
  const registered = holderCites(F, ['registered-resident']);
  return {
    id: spec.id,
    group: 'card',
    names: spec.names,
    aliases: spec.aliases,
    mark: spec.letter,
    ...(spec.replacedBy ? { replacedBy: spec.replacedBy } : {}),
    what: spec.what,
    whatCite: spec.whatCite,
    ...(spec.validity ? { validity: spec.validity } : {}),
    nationalRegister: { value: 'yes', cite: [...registered, ...(spec.registerCite ?? [])] },
    insuranceAccess: { value: spec.access, cite: [fiche(`${F} › ${BE_INSURANCE}`, spec.accessQuote)] },
    holderQualities: {
      value: ['employed', 'higher-education-student', 'registered-resident'],
      cite: holderCites(F, ['employed', 'higher-education-student', 'registered-resident'], spec.employedQuote ? { employed: spec.employedQuote } : {}),
    },
    dependantQualities: { value: dependants, cite: dependantCites(F, dependants) },
    qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
    cpas: {
      value: spec.cpas ?? { kind: 'full' },
      cite: [fiche(`${F} › ${CPAS}`, spec.cpasQuote), residual(F), ...(spec.cpasCite ?? [])],
    },
    warnings: spec.warnings ?? {},
    ...(spec.lapsesForUk ? { lapsesForUk: true } : {}),
    ...(spec.uncertain ? { uncertain: spec.uncertain } : {}),
  };
}

/** A card issued since 2021 that takes over its predecessor's rules (K as C, EU as E …). */
export function successorOf(
  predecessor: DocumentRule,
  spec: Pick<DocumentRule, 'id' | 'names' | 'aliases' | 'mark' | 'what'> & { readonly group?: DocumentRule['group']; readonly cite: readonly Citation[]; readonly replacedBy?: DocumentId; readonly validity?: Text },
): DocumentRule {
  return {
    ...predecessor,
    id: spec.id,
    group: spec.group ?? predecessor.group,
    names: spec.names,
    aliases: spec.aliases,
    mark: spec.mark,
    replaces: predecessor.id,
    what: spec.what,
    whatCite: [...spec.cite, ...predecessor.whatCite],
    ...(spec.validity ? { validity: spec.validity } : {}),
    ...(spec.replacedBy ? { replacedBy: spec.replacedBy } : { replacedBy: undefined }),
    insuranceAccess: { ...predecessor.insuranceAccess, cite: [...predecessor.insuranceAccess.cite, ...spec.cite] },
    nationalRegister: { ...predecessor.nationalRegister, cite: [...predecessor.nationalRegister.cite, ...spec.cite] },
  };
}

export const CARD_DATA_TRANSFER_NOTE = (letter: string, quote: string): Citation =>
  fiche(`Carte électronique ${letter} › ${CPAS}`, quote);
