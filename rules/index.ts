/**
 * The public face of the rules: what the extension, the scenario runner and the benchmarks import.
 * Validation of untrusted input (zod) is in `validate.ts`, so that importing this file never
 * bundles zod's full build into the extension's pages.
 */
export { decideSituation, verdictCitations } from './engine/decide';
export { DOCUMENT_IDS, FACT_VALUES } from './schema/facts';
export type { Situation, DocumentId, FactId } from './schema/facts';
export type { Verdict } from './schema/verdict';
export { DOCUMENTS } from './documents/index';
export type { DocumentRule } from './schema/document-rule';
export { SOURCES, describeSource, type Citation, type SourceId } from './sources/registry';
export { LANGS, type Lang, type Text } from './i18n/text';
export { PAYER_NAMES, QUALITY_NAMES } from './i18n/payer-texts';
export { PAYER_IDS, WARNING_IDS, type PayerId, type WarningId } from './schema/facts';
export { WARNING_TEXTS } from './i18n/warning-texts';
export { QUESTIONS, ANSWERS, DONT_KNOW } from './i18n/question-texts';
export { countryGroup, isTreatyCountry, EU27, EEA_NON_EU, TREATY_COUNTRIES, type CountryGroup } from './shared/countries';
export { isExpired, daysLeft } from './shared/expiry';
export { parseNationalNumber, type NationalNumberResult } from './shared/national-number';
export { CONTACTS, type Contact } from './shared/contacts';
