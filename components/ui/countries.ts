/**
 * Countries for the nationality question: ISO 3166-1 alpha-2 codes (plus XK, Kosovo), named
 * by `Intl.DisplayNames` in the interface language, grouped as the rules tell them apart
 * (EU/EEA, Switzerland, UK, countries with a social-security agreement, others). The groups
 * come from the rules' own lists; only the names and the order are the interface's.
 */
import { EEA_NON_EU, EU27, LANGS, TREATY_COUNTRIES, type Lang } from '@/rules/index';
import { normalise } from './document-search';

/** Every country a patient can be a national of (no uninhabited territories). */
const CODES = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ ' +
  'CA CD CF CG CH CI CK CL CM CN CO CR CU CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN ' +
  'TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

export type CountryGroupKey = 'eu' | 'swiss' | 'uk' | 'treaty' | 'other';
export const COUNTRY_GROUP_ORDER: readonly CountryGroupKey[] = ['eu', 'swiss', 'uk', 'treaty', 'other'];

const EU_EEA: ReadonlySet<string> = new Set<string>([...EU27, ...EEA_NON_EU]);
const TREATY: ReadonlySet<string> = new Set<string>(TREATY_COUNTRIES);

export function countryGroupKey(code: string): CountryGroupKey {
  if (EU_EEA.has(code)) return 'eu';
  if (code === 'CH') return 'swiss';
  if (code === 'GB') return 'uk';
  if (TREATY.has(code)) return 'treaty';
  return 'other';
}

export interface Country {
  readonly code: string;
  /** In the interface language. */
  readonly name: string;
  readonly group: CountryGroupKey;
  /** Normalised names in the four languages and the code, for searching. */
  readonly search: readonly string[];
}

const cache = new Map<Lang, readonly Country[]>();
const namers = new Map<Lang, Intl.DisplayNames>();

function namer(language: Lang): Intl.DisplayNames {
  let n = namers.get(language);
  if (!n) {
    n = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    namers.set(language, n);
  }
  return n;
}

/** The name of country `code` in `language` (the code itself if the browser has none). */
export function countryName(code: string, language: Lang): string {
  try {
    return namer(language).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country, named in `language`, sorted by name in that language. */
export function countries(language: Lang): readonly Country[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const collator = new Intl.Collator(language);
  const list = CODES.map((code) => {
    const search = new Set<string>([code.toLowerCase()]);
    for (const l of LANGS) search.add(normalise(countryName(code, l)));
    return { code, name: countryName(code, language), group: countryGroupKey(code), search: [...search] };
  }).sort((a, b) => collator.compare(a.name, b.name));
  cache.set(language, list);
  return list;
}

/**
 * The countries matching `query` by code or by name in any of the four languages (a clerk
 * with a French interface may type "Marokko"), grouped, best first inside each group: the
 * code, then a name that starts with the query, then a word that does.
 */
export function searchCountries(query: string, language: Lang): { group: CountryGroupKey; countries: Country[] }[] {
  const q = normalise(query);
  const all = countries(language);
  const scored = all
    .map((country, order) => {
      let score = q === '' ? 1 : 0;
      if (q !== '') {
        for (const s of country.search) {
          if (s === q) score = Math.max(score, 100);
          else if (s.startsWith(q)) score = Math.max(score, 80);
          else if (s.split(' ').some((word) => word.startsWith(q))) score = Math.max(score, 60);
        }
      }
      return { country, score, order };
    })
    .filter((m) => m.score > 0);
  return COUNTRY_GROUP_ORDER.map((group, rank) => {
    const members = scored.filter((m) => m.country.group === group).sort((a, b) => b.score - a.score || a.order - b.order);
    return { group, rank, best: members[0]?.score ?? 0, countries: members.map((m) => m.country) };
  })
    .filter((g) => g.countries.length > 0)
    .sort((a, b) => b.best - a.best || a.rank - b.rank)
    .map(({ group, countries: list }) => ({ group, countries: list }));
}
