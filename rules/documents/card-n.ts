/** Card N — UK frontier workers ("N. Art. 50 TUE – Travailleur frontalier"). DOMAIN.md; dofi.ibz.be. No fiche: insured through work, not resident. */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

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
