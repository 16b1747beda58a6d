/**
 * What each kind is called on the highlight's label, in the clerk's language. French is the
 * reference key set; the extension's dictionaries may override these.
 */
import type { FieldKind } from './field-kinds';

export type ClerkLanguage = 'fr' | 'nl' | 'de' | 'en';

export const FIELD_KIND_LABELS: Readonly<Record<ClerkLanguage, Readonly<Record<FieldKind, string>>>> = {
  fr: {
    nationality: 'Nationalité',
    'residence-document': 'Document de séjour',
    'document-number': 'N° du document',
    'document-expiry': 'Validité du document',
    'national-number': 'NISS / n° BIS',
    insurer: 'Mutualité',
    ehic: 'CEAM',
    'travel-insurance': 'Assurance voyage',
    cpas: 'CPAS',
    amu: 'AMU',
    payer: 'Débiteur',
    'arrival-date': 'Arrivée en Belgique',
    commune: 'Commune',
  },
  nl: {
    nationality: 'Nationaliteit',
    'residence-document': 'Verblijfsdocument',
    'document-number': 'Documentnummer',
    'document-expiry': 'Geldigheid document',
    'national-number': 'INSZ / BIS-nummer',
    insurer: 'Ziekenfonds',
    ehic: 'EZVK',
    'travel-insurance': 'Reisverzekering',
    cpas: 'OCMW',
    amu: 'DMH',
    payer: 'Te factureren aan',
    'arrival-date': 'Aankomst in België',
    commune: 'Gemeente',
  },
  de: {
    nationality: 'Staatsangehörigkeit',
    'residence-document': 'Aufenthaltsdokument',
    'document-number': 'Dokumentnummer',
    'document-expiry': 'Gültigkeit des Dokuments',
    'national-number': 'ENSS / BIS-Nummer',
    insurer: 'Krankenkasse',
    ehic: 'EKVK',
    'travel-insurance': 'Reiseversicherung',
    cpas: 'ÖSHZ',
    amu: 'Dringende medizinische Hilfe',
    payer: 'Kostenträger',
    'arrival-date': 'Ankunft in Belgien',
    commune: 'Gemeinde',
  },
  en: {
    nationality: 'Nationality',
    'residence-document': 'Residence document',
    'document-number': 'Document number',
    'document-expiry': 'Document expiry',
    'national-number': 'National / BIS number',
    insurer: 'Sickness fund',
    ehic: 'EHIC',
    'travel-insurance': 'Travel insurance',
    cpas: 'CPAS / OCMW',
    amu: 'Urgent medical aid',
    payer: 'Payer',
    'arrival-date': 'Arrival in Belgium',
    commune: 'Municipality',
  },
};
