/** Belgian identity card (eID, Kids-ID). DOMAIN.md. */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

const eidCite = cite('domain-notes', 'Other documents', 'Belgian identity card or Kids-ID');

export const belgianEid: DocumentRule = {
  id: 'belgian-eid',
  group: 'card',
  names: {
    official: text('Carte d’identité belge (eID, Kids-ID)', 'Belgische identiteitskaart (eID, Kids-ID)', 'Belgischer Personalausweis (eID, Kids-ID)', 'Belgian identity card (eID, Kids-ID)'),
    short: text('eID belge', 'Belgische eID', 'Belgische eID', 'Belgian eID'),
  },
  aliases: ['eID', 'carte d’identité', 'identiteitskaart', 'Personalausweis', 'identity card', 'Kids-ID', 'belge', 'Belg', 'Belgier', 'Belgian'],
  mark: 'BE',
  what: text(
    'Belge : en principe affilié à une mutualité belge.',
    'Belg: in principe aangesloten bij een Belgisch ziekenfonds.',
    'Belgier: grundsätzlich bei einer belgischen Krankenkasse versichert.',
    'Belgian: in principle affiliated to a Belgian sickness fund.',
  ),
  whatCite: [eidCite],
  nationalRegister: { value: 'yes', cite: [eidCite] },
  insuranceAccess: { value: 'sufficient', cite: [cite('domain-notes', 'Other documents', 'the patient\'s Belgian insurer')] },
  holderQualities: { value: ['employed', 'higher-education-student', 'registered-resident'], cite: [eidCite] },
  dependantQualities: { value: ['spouse', 'ascendant', 'cohabitant', 'child'], cite: [eidCite] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
  cpas: { value: { kind: 'full' }, cite: [fiche('Annexe 3 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "L'article 1er de la loi organique des CPAS dispose que toute personne a droit à l'aide sociale.")] },
  warnings: {},
};
