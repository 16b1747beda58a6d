/**
 * Cards created since the seeds, with no fiche of their own (DOMAIN.md, "Residence cards since
 * 2021"): I and J (intra-corporate transferees), M (UK nationals under the Withdrawal Agreement),
 * N (UK frontier workers). The holder quality comes with the document; the register is
 * uncertain for I, J and M, and the verdict says so.
 */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

const ORGANIC_LAW = fiche('Annexe 3 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "L'article 1er de la loi organique des CPAS dispose que toute personne a droit à l'aide sociale.");
const REGISTER_UNCERTAIN = text(
  'L’inscription au Registre national de ce titulaire n’est pas établie par nos sources : vérifiez le numéro (NISS ou BIS).',
  'De inschrijving van deze houder in het Rijksregister staat niet vast in onze bronnen: controleer het nummer (INSZ of BIS).',
  'Ob diese Person im Nationalregister eingetragen ist, belegen unsere Quellen nicht: prüfen Sie die Nummer (NISS oder BIS).',
  'Our sources do not establish whether this holder is in the National Register: check the number (national number or BIS).',
);

const ictCite = cite('burgerzaken-ict', 'Residence cards since 2021', 'no fiche: employed, so insured through work');

function ictCard(id: 'card-i' | 'card-j', letter: 'I' | 'J', names: DocumentRule['names'], extra: string[]): DocumentRule {
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

export const cardI = ictCard('card-i', 'I', {
  official: text('Carte I — Transfert temporaire intragroupe (ICT)', 'I-kaart — Binnen een onderneming overgeplaatste werknemer (ICT)', 'I-Karte — Unternehmensintern transferierter Arbeitnehmer (ICT)', 'I card — Intra-corporate transferee (ICT)'),
  short: text('Carte I', 'I-kaart', 'I-Karte', 'I card'),
}, ['20']);

export const cardJ = ictCard('card-j', 'J', {
  official: text('Carte J — Mobilité de longue durée ICT', 'J-kaart — Langetermijnmobiliteit ICT', 'J-Karte — Langfristige Mobilität ICT', 'J card — Long-term mobility ICT'),
  short: text('Carte J', 'J-kaart', 'J-Karte', 'J card'),
}, ['21', 'mobile ICT']);

const mCite = cite('dofi-withdrawal', 'Residence cards since 2021', 'no fiche: registered residents, so affiliation as resident or worker');

export const cardM: DocumentRule = {
  id: 'card-m',
  group: 'card',
  names: {
    official: text('Carte M — Article 50 TUE (Brexit, accord de retrait)', 'M-kaart — Artikel 50 VEU (Brexit, terugtrekkingsakkoord)', 'M-Karte — Artikel 50 EUV (Brexit, Austrittsabkommen)', 'M card — Article 50 TEU (Brexit Withdrawal Agreement)'),
    short: text('Carte M', 'M-kaart', 'M-Karte', 'M card'),
  },
  aliases: ['M', 'carte M', 'M-kaart', 'M-Karte', 'M card', 'Brexit', 'britannique', 'Brit', 'British', 'article 50', 'artikel 50', '22', 'annexe 56', 'bijlage 56'],
  mark: 'M',
  what: text(
    'Ressortissant britannique (et sa famille) couvert par l’accord de retrait ; pas de fiche : résident inscrit, affiliation comme résident ou travailleur.',
    'Brits onderdaan (en gezin) onder het terugtrekkingsakkoord; geen fiche: ingeschreven inwoner, aansluiting als resident of werknemer.',
    'Britischer Staatsangehöriger (und Familie) unter dem Austrittsabkommen; kein Merkblatt: eingetragener Einwohner, Versicherung als Einwohner oder Arbeitnehmer.',
    'UK national (and family) covered by the Withdrawal Agreement; no fiche: registered resident, affiliation as resident or worker.',
  ),
  whatCite: [cite('dofi-withdrawal', 'Residence cards since 2021', 'UK nationals (and family) covered by the Brexit Withdrawal Agreement')],
  nationalRegister: { value: 'depends', cite: [mCite] },
  insuranceAccess: { value: 'sufficient-in-principle', cite: [mCite] },
  holderQualities: { value: ['employed', 'registered-resident'], cite: [mCite] },
  dependantQualities: { value: [], cite: [mCite] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
  cpas: { value: { kind: 'full' }, cite: [ORGANIC_LAW, mCite] },
  warnings: {},
  uncertain: [{ note: REGISTER_UNCERTAIN, cite: [mCite] }],
};

const nCite = cite('dofi-n-card', 'Residence cards since 2021', 'no fiche: insured through work; not resident');

export const cardN: DocumentRule = {
  id: 'card-n',
  group: 'card',
  names: {
    official: text('Carte N — Art. 50 TUE, travailleur frontalier (Brexit)', 'N-kaart — Art. 50 VEU, grensarbeider (Brexit)', 'N-Karte — Art. 50 EUV, Grenzgänger (Brexit)', 'N card — Art. 50 TEU, frontier worker (Brexit)'),
    short: text('Carte N', 'N-kaart', 'N-Karte', 'N card'),
  },
  aliases: ['N', 'carte N', 'N-kaart', 'N-Karte', 'N card', 'travailleur frontalier britannique', 'Britse grensarbeider', 'UK frontier worker', '23'],
  mark: 'N',
  what: text(
    'Travailleur frontalier britannique (accord de retrait) ; ne réside pas en Belgique ; assuré par son travail.',
    'Britse grensarbeider (terugtrekkingsakkoord); woont niet in België; verzekerd via het werk.',
    'Britischer Grenzgänger (Austrittsabkommen); wohnt nicht in Belgien; über die Arbeit versichert.',
    'UK frontier worker (Withdrawal Agreement); does not live in Belgium; insured through work.',
  ),
  whatCite: [cite('dofi-n-card', 'Residence cards since 2021', 'UK frontier workers')],
  nationalRegister: { value: 'no', cite: [cite('dofi-n-card', 'Residence cards since 2021', 'not registered')] },
  insuranceAccess: { value: 'sufficient-in-principle', cite: [nCite] },
  holderQualities: { value: ['employed'], cite: [nCite] },
  dependantQualities: { value: [], cite: [nCite] },
  qualityWithDocument: { quality: 'employed', when: { kind: 'always' } },
  // Not resident: like the frontier worker of annexe 15 (case 5), no social aid nor AMU.
  cpas: { value: { kind: 'none' }, cite: [nCite, fiche('Annexe 15 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS › En résumé', "Case 5 : Pas de droit à l'aide sociale, ni à l'AMU ;")] },
  warnings: {},
};
