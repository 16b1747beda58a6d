/** Annexe 35 — Document spécial de séjour (suspensive appeal pending). Seed 004, fiche "Annexe 35". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, euJobSeekerLimit, holderCites, meansCondition, residual } from './fiche-passages';

const F = 'Annexe 35';

export const annexe35: DocumentRule = {
  id: 'annexe-35',
  group: 'paper',
  names: {
    official: text('Annexe 35 — Document spécial de séjour (recours pendant)', 'Bijlage 35 — Bijzonder verblijfsdocument (beroep hangende)', 'Anlage 35 — Besonderes Aufenthaltsdokument (Beschwerde anhängig)', 'Annex 35 — Special residence document (appeal pending)'),
    short: text('Annexe 35', 'Bijlage 35', 'Anlage 35', 'Annex 35'),
  },
  aliases: ['annexe 35', 'bijlage 35', 'anlage 35', 'annex 35', 'document spécial de séjour', 'bijzonder verblijfsdocument', 'recours CCE', 'beroep RVV', 'Beschwerde', 'appeal pending'],
  mark: '35',
  what: text(
    'Délivrée pendant un recours suspensif contre un refus de séjour ; la personne n’est pas en séjour illégal.',
    'Afgegeven tijdens een schorsend beroep tegen een weigering van verblijf; de persoon verblijft niet illegaal.',
    'Ausgestellt während einer aufschiebenden Beschwerde gegen eine Ablehnung des Aufenthalts; die Person hält sich nicht illegal auf.',
    'Issued while a suspensive appeal against a refusal of stay is pending; the person is not in irregular stay.',
  ),
  whatCite: [fiche(`${F} › ${WHO}`, "Ce document peut être délivré au ressortissant de pays tiers ou au citoyen de l'Union qui introduit un recours suspensif à l'encontre de certaines décisions de refus d'une demande de séjour."), fiche(`${F} › ${CPAS}`, "La personne n'est pas considérée comme une personne en situation de séjour illégal.")],
  validity: text('Trois mois, puis renouvelée chaque mois tant que le recours est pendant', 'Drie maanden, daarna elke maand verlengd zolang het beroep hangende is', 'Drei Monate, dann monatlich verlängert, solange die Beschwerde anhängig ist', 'Three months, then renewed monthly while the appeal is pending'),
  nationalRegister: { value: 'no', cite: [fiche(`${F} › ${REGISTER}`, "L'annexe 35 est ensuite renouvelée tous les mois tant que le recours est pendant. La personne n'est pas inscrite au Registre national.")] },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 35 seule n'est pas un document suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: {
    value: ['employed', 'higher-education-student', 'unaccompanied-minor'],
    cite: holderCites(F, ['employed', 'higher-education-student', 'unaccompanied-minor']),
  },
  dependantQualities: { value: ['child'], cite: dependantCites(F, ['child']) },
  cpas: {
    value: { kind: 'eu-limits', who: 'eu-citizen-or-family' },
    cite: [
      fiche(`${F} › ${CPAS}`, "La personne munie d'une annexe 35 a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente."),
      residual(F), euJobSeekerLimit(F),
      fiche(`${F} › ${CPAS}`, "le citoyen de l'Union ayant la qualité d'étudiant ou de citoyen économiquement non actif et les membres de sa famille, pendant les trois premiers mois de leur séjour"),
    ],
  },
  warnings: {
    residenceRightAtRisk: [meansCondition(F), fiche(`${F} › ${CPAS}`, 'Le droit de séjour risque alors d\'être refusé ou perdu.')],
    sppIsNote: [fiche(`${F} › ${CPAS}`, "Selon le SPP IS, cette limitation de l'aide sociale à l'AMU serait aussi valable pour les membres de la famille d'un belge.")],
  },
};
