/** Annexe 3 — Déclaration d'arrivée. Seed 004, fiche "Annexe 3". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, holderCites } from './fiche-passages';

const F = 'Annexe 3';

export const annexe3: DocumentRule = {
  id: 'annexe-3',
  group: 'paper',
  names: {
    official: text('Annexe 3 — Déclaration d’arrivée', 'Bijlage 3 — Aankomstverklaring', 'Anlage 3 — Ankunftserklärung', 'Annex 3 — Declaration of arrival'),
    short: text('Annexe 3', 'Bijlage 3', 'Anlage 3', 'Annex 3'),
  },
  aliases: ['annexe 3', 'bijlage 3', 'anlage 3', 'annex 3', 'déclaration d’arrivée', "declaration d'arrivee", 'aankomstverklaring', 'Ankunftserklärung', 'declaration of arrival', 'court séjour', 'kort verblijf', 'short stay', 'touriste', 'toerist', 'tourist', 'visa'],
  mark: '3',
  what: text(
    'Déclaration d’arrivée d’un ressortissant de pays tiers en court séjour (visa ou max. 90 jours).',
    'Aankomstverklaring van een derdelander voor een kort verblijf (visum of max. 90 dagen).',
    'Ankunftserklärung eines Drittstaatsangehörigen für einen Kurzaufenthalt (Visum oder max. 90 Tage).',
    'Declaration of arrival of a third-country national on a short stay (visa, or 90 days at most).',
  ),
  whatCite: [fiche(`${F} › ${WHO}`, 'Ce document peut être délivré au ressortissant de pays tiers qui se trouve en Belgique pour un court séjour.')],
  validity: text('Durée du visa, ou 90 jours maximum', 'Duur van het visum, of maximum 90 dagen', 'Dauer des Visums, oder höchstens 90 Tage', 'The visa’s duration, or 90 days at most'),
  nationalRegister: { value: 'no', cite: [fiche(`${F} › ${REGISTER}`, "La personne n'est pas inscrite au Registre national.")] },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 3 n'est pas un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: { value: ['higher-education-student'], cite: holderCites(F, ['higher-education-student']) },
  dependantQualities: { value: ['child'], cite: dependantCites(F, ['child']) },
  cpas: {
    value: { kind: 'full', limitedInPractice: true },
    cite: [
      fiche(`${F} › ${CPAS}`, "En principe, droit à l'aide sociale du CPAS pour les soins médicaux si la personne est indigente, mais en pratique, ce droit est très limité."),
      fiche(`${F} › ${CPAS}`, 'la personne en situation de court séjour en Belgique est censée disposer de ses propres ressources'),
    ],
  },
  warnings: {},
};
