/** Cards I and J (intra-corporate transferees, since 16 December 2021): no fiche; insured through work; register uncertain. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { ORGANIC_LAW, REGISTER_UNCERTAIN } from './since-2021-shared';

const ictCite = cite('burgerzaken-ict', 'Residence cards since 2021', 'no fiche: employed, so insured through work');

export function ictCard(id: 'card-i' | 'card-j', letter: 'I' | 'J', names: DocumentRule['names'], extra: string[]): DocumentRule {
  return {
    id,
    group: 'card',
    names,
    aliases: [letter, `carte ${letter}`, `${letter}-kaart`, `${letter}-Karte`, `${letter} card`, 'ICT', 'transfert intragroupe', 'intra-corporate', ...extra],
    mark: letter,
    what: text(
      'Salarié transféré au sein d’un groupe (ICT) depuis un pays tiers ; pas de fiche dans nos sources : assuré par son travail.',
      'Binnen een groep overgeplaatste werknemer (ICT) uit een derde land; geen fiche in onze bronnen: verzekerd via het werk.',
      'Unternehmensintern transferierter Arbeitnehmer (ICT) aus einem Drittstaat; kein Merkblatt in unseren Quellen: über die Arbeit versichert.',
      'Intra-corporate transferee (ICT) from a third country; no fiche in our sources: insured through work.',
    ),
    whatCite: [cite('burgerzaken-ict', 'Residence cards since 2021', 'intra-corporate transferee / mobile ICT (since 16 Dec 2021)')],
    nationalRegister: { value: 'depends', cite: [ictCite] },
    insuranceAccess: { value: 'sufficient-in-principle', cite: [ictCite] },
    holderQualities: { value: ['employed'], cite: [ictCite] },
    dependantQualities: { value: [], cite: [ictCite] },
    qualityWithDocument: { quality: 'employed', when: { kind: 'always' } },
    cpas: { value: { kind: 'full' }, cite: [ORGANIC_LAW] },
    warnings: {},
    uncertain: [{ note: REGISTER_UNCERTAIN, cite: [ictCite] }],
  };
}

