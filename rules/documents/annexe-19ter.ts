/** Annexe 19ter — Family member (third-country national) of an EU citizen, a Belgian or a Swiss. Seed 004, fiche "Annexe 19ter". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, holderCites, meansCondition, residual, sppIsNote, tcnFamilyFirstMonthsLimit, tcnFamilyJobSeekerLimit } from './fiche-passages';

const F = 'Annexe 19ter';

export const annexe19ter: DocumentRule = {
  id: 'annexe-19ter',
  group: 'paper',
  names: {
    official: text('Annexe 19ter — Demande de carte de séjour de membre de la famille d’un citoyen de l’Union', 'Bijlage 19ter — Aanvraag van een verblijfskaart van een familielid van een burger van de Unie', 'Anlage 19ter — Antrag auf Aufenthaltskarte als Familienangehöriger eines Unionsbürgers', 'Annex 19ter — Application for a residence card as a family member of an EU citizen'),
    short: text('Annexe 19ter', 'Bijlage 19ter', 'Anlage 19ter', 'Annex 19ter'),
  },
  aliases: ['annexe 19ter', 'annexe 19 ter', 'bijlage 19ter', 'anlage 19ter', 'annex 19ter', '19ter', 'regroupement familial', 'gezinshereniging', 'Familiennachzug', 'family reunification', 'conjoint de Belge', 'partner van Belg'],
  mark: '19ter',
  what: text(
    'Preuve d’une demande de regroupement familial d’un ressortissant de pays tiers, membre de la famille d’un citoyen de l’Union, d’un Belge ou d’un Suisse.',
    'Bewijs van een aanvraag gezinshereniging van een derdelander, familielid van een burger van de Unie, een Belg of een Zwitser.',
    'Nachweis eines Antrags auf Familiennachzug eines Drittstaatsangehörigen, Familienangehöriger eines Unionsbürgers, eines Belgiers oder eines Schweizers.',
    'Proof of an application for family reunification by a third-country national who is a family member of an EU citizen, a Belgian or a Swiss citizen.',
  ),
  whatCite: [fiche(`${F} › ${WHO}`, "Ce document est délivré au ressortissant d'un pays tiers membre de la famille d'un citoyen de l'Union, d'un Belge ou d'un ressortissant suisse.")],
  validity: text('Six mois maximum', 'Maximum zes maanden', 'Höchstens sechs Monate', 'Six months at most'),
  nationalRegister: { value: 'no', cite: [fiche(`${F} › ${REGISTER}`, "La personne n'est pas inscrite au Registre national. Si le contrôle de résidence par l'agent de quartier s'avère positif, la personne est inscrite au registre des étrangers")] },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 19ter seule n'est pas un document suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: { value: ['employed', 'higher-education-student'], cite: holderCites(F, ['employed', 'higher-education-student']) },
  // The fiche lists no ascendant and no cohabitant for annexe 19ter.
  dependantQualities: { value: ['spouse', 'child'], cite: dependantCites(F, ['spouse', 'child']) },
  cpas: {
    value: { kind: 'eu-limits', who: 'family-member' },
    cite: [
      fiche(`${F} › ${CPAS}`, "La personne munie d'une annexe 19ter a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente."),
      residual(F), tcnFamilyJobSeekerLimit(F), tcnFamilyFirstMonthsLimit(F),
    ],
  },
  warnings: {
    residenceRightAtRisk: [meansCondition(F)],
    dataTransfer: { value: 'hedged', cite: [fiche(`${F} › ${CPAS}`, "Les personnes munies d'une annexe 19ter pourraient faire l'objet de transferts automatiques de données du SPP-IS vers l'OE")] },
    sppIsNote: [sppIsNote(F)],
  },
};
