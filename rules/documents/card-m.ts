/** Card M — UK nationals under the Brexit Withdrawal Agreement ("M. Article 50 TUE"). DOMAIN.md; dofi.ibz.be. No fiche: registered residents; register uncertain. */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { ORGANIC_LAW, REGISTER_UNCERTAIN } from './since-2021-shared';

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
