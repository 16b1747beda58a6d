/**
 * The registry of sources. Every conclusion the extension shows cites one of these, with a
 * section heading and a short quote that a reviewer can find in the source.
 * Seed quotes are verbatim (French). Public pages are cited through our transcription in
 * `../shared/DOMAIN.md`, whose wording the quote repeats (a test checks both).
 */
export interface SeedSource {
  readonly kind: 'seed';
  readonly file: string;
  readonly title: string;
  readonly publisher: string;
}
export interface PublicSource {
  readonly kind: 'public';
  /** Site and page title, as DOMAIN.md names them. */
  readonly site: string;
  readonly title: string;
  /** Where the quote can be checked inside this repository's specification. */
  readonly via: 'DOMAIN.md';
}
export type Source = SeedSource | PublicSource;

export const SOURCES = {
  'seed-documents': {
    kind: 'seed',
    file: '004_f42c014a52371505.txt',
    title: 'Documents de séjour et prise en charge des frais médicaux — Fiches informatives',
    publisher: 'Medimmigrant',
  },
  'seed-amu': {
    kind: 'seed',
    file: '000_1bfd6f9e65425d71.txt',
    title: 'AMU — Le droit aux soins de santé pour les personnes sans séjour légal',
    publisher: 'Medimmigrant',
  },
  'vreemdelingenrecht-eu-cards': {
    kind: 'public', site: 'vreemdelingenrecht.be', title: 'Nieuwe verblijfsdocumenten voor Unieburgers', via: 'DOMAIN.md',
  },
  'vlavabbs-8ter': { kind: 'public', site: 'vlavabbs.be', title: 'news 2021-05-16', via: 'DOMAIN.md' },
  'agii-k-card': { kind: 'public', site: 'agii.be', title: 'Elektronische K-kaart', via: 'DOMAIN.md' },
  'agii-l-card': {
    kind: 'public', site: 'agii.be', title: 'Hoe verloopt de procedure voor een langdurig ingezetene', via: 'DOMAIN.md',
  },
  'agii-a-b-cards': { kind: 'public', site: 'agii.be', title: 'Elektronische A-kaart, …B-kaart', via: 'DOMAIN.md' },
  'agii-f-card': { kind: 'public', site: 'agii.be', title: 'Elektronische F-kaart', via: 'DOMAIN.md' },
  'burgerzaken-ict': { kind: 'public', site: 'burgerzaken.vlaanderen', title: 'news 2021-12-22', via: 'DOMAIN.md' },
  'dofi-withdrawal': { kind: 'public', site: 'dofi.ibz.be', title: 'Withdrawal Agreement', via: 'DOMAIN.md' },
  'dofi-n-card': { kind: 'public', site: 'dofi.ibz.be', title: 'local border traffic card', via: 'DOMAIN.md' },
  'dofi-brexit': { kind: 'public', site: 'dofi.ibz.be', title: 'Brexit', via: 'DOMAIN.md' },
  'agii-asylum-costs': {
    kind: 'public', site: 'agii.be', title: 'Wie betaalt welke medische kosten van een asielzoeker', via: 'DOMAIN.md',
  },
  'agii-annexe-13': { kind: 'public', site: 'agii.be', title: 'Bijlage 13', via: 'DOMAIN.md' },
  'medimmigrant-ukraine': { kind: 'public', site: 'medimmigrant.be', title: 'Ukraine', via: 'DOMAIN.md' },
  'inami-ukraine': {
    kind: 'public', site: 'inami.fgov.be', title: "L'assurance soins de santé belge s'ouvre aux réfugiés ukrainiens", via: 'DOMAIN.md',
  },
  'primabook-mediprima': { kind: 'public', site: 'primabook.mi-is.be', title: 'MediPrima', via: 'DOMAIN.md' },
  'uvcw-amu': { kind: 'public', site: 'uvcw.be', title: 'art. 3123 and 3148', via: 'DOMAIN.md' },
  'agii-competent-ocmw': { kind: 'public', site: 'agii.be', title: 'Welk OCMW is bevoegd voor DMH', via: 'DOMAIN.md' },
  'circulaire-2015': {
    kind: 'public', site: 'SPP IS', title: 'Circulaire aux hôpitaux, 23 mars 2015, MediPrima', via: 'DOMAIN.md',
  },
  'caami-temporary-stay': { kind: 'public', site: 'caami-hziv.fgov.be', title: 'temporary residence', via: 'DOMAIN.md' },
  'medimmigrant-origin-insurance': {
    kind: 'public', site: 'medimmigrant.be', title: "Assurance maladie du pays d'origine", via: 'DOMAIN.md',
  },
  'inami-brexit': { kind: 'public', site: 'inami.fgov.be', title: 'Brexit', via: 'DOMAIN.md' },
  'jmhospitals-caami4fedasil': {
    kind: 'public', site: 'jmhospitals.be', title: 'Facturer des soins aux demandeurs d’asile (2024)', via: 'DOMAIN.md',
  },
  'dofi-orange-card': { kind: 'public', site: 'dofi.ibz.be', title: 'FAQ (attestation d’immatriculation)', via: 'DOMAIN.md' },
  'medimmigrant-insurance': { kind: 'public', site: 'medimmigrant.be', title: 'Ziekteverzekering', via: 'DOMAIN.md' },
  'steunpunt-amu': { kind: 'public', site: 'Medisch Steunpunt', title: 'Aide Médicale Urgente', via: 'DOMAIN.md' },
  'agii-card-pages': { kind: 'public', site: 'agii.be', title: 'card pages (renewal during hospitalisation)', via: 'DOMAIN.md' },
  'medimmigrant-closed-centres': {
    kind: 'public', site: 'medimmigrant.be', title: 'Toegang tot gezondheidszorg in gesloten centra', via: 'DOMAIN.md',
  },
  'domain-notes': { kind: 'public', site: 'Payer Check', title: 'Domain notes (shared/DOMAIN.md)', via: 'DOMAIN.md' },
  'agii-h-card': { kind: 'public', site: 'vreemdelingenrecht.be', title: 'Omzetting blauwekaart-richtlijn', via: 'DOMAIN.md' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export interface Citation {
  readonly source: SourceId;
  /** The section of the source, with its own headings ("Annexe 19 › PRISE EN CHARGE … PAR LE CPAS"). */
  readonly section: string;
  /** A short exact quote, in the source's language. */
  readonly quote: string;
}

export function cite(source: SourceId, section: string, quote: string): Citation {
  return Object.freeze({ source, section, quote });
}

/** Shorthand for the documents fiche, the main seed. */
export function fiche(section: string, quote: string): Citation {
  return cite('seed-documents', section, quote);
}

/** Shorthand for the AMU fiche. */
export function amuFiche(section: string, quote: string): Citation {
  return cite('seed-amu', section, quote);
}

/** Human-readable reference line: "Medimmigrant, 004_….txt — Annexe 3 › CPAS". */
export function describeSource(id: SourceId): string {
  const s: Source = SOURCES[id];
  return s.kind === 'seed' ? `${s.publisher}, ${s.file}` : `${s.site}, “${s.title}” (via ${s.via})`;
}
