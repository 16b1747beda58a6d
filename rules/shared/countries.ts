/**
 * Country groups by ISO 3166-1 alpha-2 code, as the rules need them.
 * Sources: seed lexicon ("Citoyen de l'Union", EEA); fiche "ASSURANCE-MALADIE À L'ÉTRANGER"
 * (Europe = EU-27 + NO, IS, LI, CH + UK; treaty countries); DOMAIN.md (Albania added).
 */
import { fiche, cite, type Citation } from '../sources/registry';

export const EU27 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export const EEA_NON_EU = ['IS', 'LI', 'NO'] as const;
export const SWITZERLAND = 'CH';
export const UNITED_KINGDOM = 'GB';

/**
 * Countries (or provinces) with a bilateral social-security agreement covering care during a
 * temporary stay. Québec is a province of Canada: an attestation of the RAMQ, not every
 * Canadian, is covered — so CA is listed with that caveat in `treatyNote`.
 */
export const TREATY_COUNTRIES = ['AL', 'DZ', 'AU', 'BA', 'MK', 'MA', 'ME', 'CA', 'RS', 'TN', 'TR'] as const;

export type CountryGroup = 'belgian' | 'eu' | 'eea' | 'swiss' | 'uk' | 'third-country';

const EU_SET: ReadonlySet<string> = new Set(EU27);
const EEA_SET: ReadonlySet<string> = new Set(EEA_NON_EU);
const TREATY_SET: ReadonlySet<string> = new Set(TREATY_COUNTRIES);

export function countryGroup(code: string): CountryGroup {
  if (code === 'BE') return 'belgian';
  if (EU_SET.has(code)) return 'eu';
  if (EEA_SET.has(code)) return 'eea';
  if (code === SWITZERLAND) return 'swiss';
  if (code === UNITED_KINGDOM) return 'uk';
  return 'third-country';
}

/** EU citizen, or EEA national who "follows the same rules as EU citizens" (lexicon). Belgians included. */
export function isEuOrEea(group: CountryGroup): boolean {
  return group === 'eu' || group === 'eea' || group === 'belgian';
}

/** EU-27, EEA, Switzerland and the UK: the "Europe" of the EHIC / S2 sections. */
export function isEhicCountry(code: string): boolean {
  const g = countryGroup(code);
  return g !== 'third-country';
}

export function isTreatyCountry(code: string): boolean {
  return TREATY_SET.has(code);
}

export const COUNTRY_CITATIONS = {
  eu: fiche('Lexique › Citoyen de l’Union', "Les ressortissants des trois pays de l'EEE non-membres de l'UE (l'Islande, le Liechtenstein et la Norvège) suivent dans ces matières les mêmes règles que les citoyens de l'Union."),
  europe: fiche('Annexe 3 › ASSURANCE-MALADIE À L\'ÉTRANGER › EUROPE', "(les 27 États membres de l'UE + la Norvège, l'Islande, le Liechtenstein et la Suisse + le Royaume-Uni)"),
  treaty: fiche('Annexe 3 › ASSURANCE-MALADIE À L\'ÉTRANGER › HORS EUROPE', "La Belgique a conclu des accords spécifiques avec certains pays/provinces : l'Algérie, l'Australie, la Bosnie-Herzégovine, la Macédoine du Nord, le Maroc, le Monténégro, le Québec, la Serbie, la Tunisie et la Turquie."),
  treatyToday: cite('medimmigrant-origin-insurance', "Assurance maladie du pays d'origine", 'Bilateral agreements today: Albania (added since the seeds), Algeria, Australia,'),
  moroccoConvention: cite('medimmigrant-origin-insurance', "Assurance maladie du pays d'origine", 'a new social-security convention is in force since 1 June 2022 (wider scope).'),
  ukEhic: cite('inami-brexit', 'Brexit', 'people insured in the UK keep necessary care reimbursed during a temporary'),
} satisfies Record<string, Citation>;
