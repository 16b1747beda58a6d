/** The public face of the rules: what the extension, the scenario runner and the benchmarks import. */
export { decideSituation, verdictCitations } from './engine/decide';
export { decide } from './engine/decide-input';
export { parseSituation, SituationError, SituationSchema } from './schema/situation';
export { DOCUMENT_IDS, FACT_VALUES } from './schema/facts';
export type { Situation, DocumentId, FactId } from './schema/facts';
export { VerdictSchema } from './schema/verdict';
export type { Verdict } from './schema/verdict';
export { DOCUMENTS } from './documents/index';
export type { DocumentRule } from './schema/document-rule';
export { SOURCES, describeSource, type Citation, type SourceId } from './sources/registry';
export { LANGS, type Lang, type Text } from './i18n/text';
export { PAYER_IDS, PAYER_NAMES, QUALITY_NAMES, type PayerId } from './i18n/payer-texts';
export { WARNING_IDS, WARNING_TEXTS, type WarningId } from './i18n/warning-texts';
export { QUESTIONS, ANSWERS, DONT_KNOW } from './i18n/question-texts';
export { countryGroup, isTreatyCountry, EU27, EEA_NON_EU, TREATY_COUNTRIES, type CountryGroup } from './shared/countries';
export { isExpired, daysLeft } from './shared/expiry';
export { parseNationalNumber, type NationalNumberResult } from './shared/national-number';
export { CONTACTS, type Contact } from './shared/contacts';
