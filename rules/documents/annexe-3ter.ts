/** Annexe 3ter — Déclaration de présence. Seed 004, fiche "Annexe 3ter". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, holderCites } from './fiche-passages';

const F = 'Annexe 3ter';

export const annexe3ter: DocumentRule = {
  id: 'annexe-3ter',
  group: 'paper',
  names: {
    official: text('Annexe 3ter — Déclaration de présence', 'Bijlage 3ter — Verklaring van aanwezigheid', 'Anlage 3ter — Anwesenheitserklärung', 'Annex 3ter — Declaration of presence'),
    short: text('Annexe 3ter', 'Bijlage 3ter', 'Anlage 3ter', 'Annex 3ter'),
  },
  aliases: ['annexe 3ter', 'annexe 3 ter', 'bijlage 3ter', 'anlage 3ter', 'annex 3ter', '3ter', 'déclaration de présence', 'verklaring van aanwezigheid', 'Anwesenheitserklärung', 'declaration of presence', 'citoyen UE court séjour', 'EU-burger kort verblijf'],
  mark: '3ter',
  what: text(
    'Déclaration de présence d’un citoyen de l’Union (ou d’un membre de sa famille) en court séjour (max. 90 jours).',
    'Verklaring van aanwezigheid van een burger van de Unie (of een familielid) voor een kort verblijf (max. 90 dagen).',
    'Anwesenheitserklärung eines Unionsbürgers (oder Familienangehörigen) für einen Kurzaufenthalt (max. 90 Tage).',
    'Declaration of presence of an EU citizen (or a family member) on a short stay (90 days at most).',
  ),
  whatCite: [fiche(`${F} › ${WHO}`, "Ce document peut être délivré aux citoyens de l'Union qui résident pour une courte durée (max. 90 jours) en Belgique et aux membres de leur famille.")],
  validity: text('90 jours maximum depuis l’arrivée', 'Maximum 90 dagen na aankomst', 'Höchstens 90 Tage ab Ankunft', '90 days at most from arrival'),
  nationalRegister: { value: 'no', cite: [fiche(`${F} › ${REGISTER}`, "La personne n'est pas inscrite au Registre national.")] },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 3ter n'est pas un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: { value: ['employed', 'higher-education-student'], cite: holderCites(F, ['employed', 'higher-education-student']) },
  dependantQualities: { value: ['child'], cite: dependantCites(F, ['child']) },
  cpas: {
    value: { kind: 'full', limitedInPractice: true },
    cite: [
      fiche(`${F} › ${CPAS}`, "En principe, droit à l'aide sociale du CPAS pour les soins médicaux si la personne est indigente, mais en pratique, ce droit est très limité."),
      fiche(`${F} › ${CPAS}`, "La personne munie d'une annexe 3ter ne serait pas exclue de la loi organique des CPAS."),
    ],
  },
  warnings: {},
};
