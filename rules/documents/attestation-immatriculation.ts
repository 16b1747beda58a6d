/** Attestation d'immatriculation (orange card, "modèle A"). Seed 004, fiche "Attestation d'immatriculation"; DOMAIN.md (six reasons). */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, holderCites, meansCondition, residual, sppIsNote, tcnFamilyFirstMonthsLimit, tcnFamilyJobSeekerLimit } from './fiche-passages';

const F = "Attestation d'immatriculation";

export const RECOGNISED_PROTECTION_CITE = fiche(
  `${F} › ${BE_INSURANCE} › En tant que titulaire`,
  "Uniquement valable pour le réfugié reconnu ou pour le bénéficiaire de la protection subsidiaire, s'il dispose de la décision de reconnaissance du CGRA ou de l'arrêt de reconnaissance du CCE",
);

export const attestationImmatriculation: DocumentRule = {
  id: 'attestation-immatriculation',
  group: 'paper',
  names: {
    official: text('Attestation d’immatriculation (carte orange)', 'Attest van immatriculatie (oranje kaart)', 'Eintragungsbescheinigung (orange Karte)', 'Certificate of registration (orange card)'),
    short: text('Carte orange', 'Oranje kaart', 'Orange Karte', 'Orange card'),
  },
  aliases: ['attestation d’immatriculation', "attestation d'immatriculation", 'carte orange', 'oranje kaart', 'attest van immatriculatie', 'Eintragungsbescheinigung', 'orange Karte', 'orange card', 'certificate of registration', 'AI', 'modèle A', 'model A', 'demandeur d’asile', 'asielzoeker', 'Asylbewerber', 'asylum seeker', '9ter'],
  mark: 'AI',
  what: text(
    'Document de séjour provisoire pendant l’examen d’une demande : protection internationale, 9ter recevable, regroupement familial, étudiant, traite des êtres humains, MENA. Demandez la raison : le payeur en dépend.',
    'Voorlopig verblijfsdocument tijdens het onderzoek van een aanvraag: internationale bescherming, ontvankelijke 9ter, gezinshereniging, student, mensenhandel, NBMV. Vraag de reden: de betaler hangt ervan af.',
    'Vorläufiges Aufenthaltsdokument während der Prüfung eines Antrags: internationaler Schutz, zulässiger 9ter-Antrag, Familiennachzug, Student, Menschenhandel, UMF. Fragen Sie nach dem Grund: der Kostenträger hängt davon ab.',
    'Provisional residence document while an application is examined: international protection, admissible 9ter, family reunification, student, trafficking victim, unaccompanied minor. Ask why: the payer depends on it.',
  ),
  whatCite: [
    fiche(`${F} › Qu'est-ce que l'attestation d'immatriculation ?`, "L'attestation d'immatriculation, souvent aussi appelée « carte orange », est un document de séjour provisoire pour le ressortissant de pays tiers ayant engagé une procédure."),
    cite('dofi-orange-card', 'The orange card has six reasons', 'and the payer differs by reason: ask why the patient has it.'),
  ],
  validity: text('1 à 6 mois selon la procédure', '1 tot 6 maanden volgens de procedure', '1 bis 6 Monate je nach Verfahren', '1 to 6 months depending on the procedure'),
  nationalRegister: {
    value: 'yes',
    cite: [fiche(`${F} › ${REGISTER}`, "La personne est inscrite au registre des étrangers (sauf le demandeur de protection internationale qui est inscrit au registre d'attente).")],
  },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'attestation d'immatriculation seule n'est pas un document suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: {
    value: ['employed', 'higher-education-student', 'unaccompanied-minor', 'registered-resident'],
    cite: [...holderCites(F, ['employed', 'higher-education-student', 'unaccompanied-minor', 'registered-resident']), RECOGNISED_PROTECTION_CITE],
  },
  dependantQualities: { value: ['spouse', 'ascendant', 'cohabitant', 'child'], cite: dependantCites(F, ['spouse', 'ascendant', 'cohabitant', 'child']) },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'recognised-protection' } },
  cpas: {
    value: { kind: 'eu-limits', who: 'family-member' },
    cite: [
      fiche(`${F} › ${CPAS}`, "La personne munie d'une attestation d'immatriculation a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente."),
      residual(F), tcnFamilyJobSeekerLimit(F), tcnFamilyFirstMonthsLimit(F),
    ],
  },
  warnings: {
    residenceRightAtRisk: [meansCondition(F, "Le fait de bénéficier d'une aide sociale du CPAS pourrait être un indice que les conditions de ressources ne sont plus remplies.")],
    dataTransfer: {
      value: 'students-and-family',
      cite: [fiche(`${F} › ${CPAS}`, "Les personnes munies d'une attestation d'immatriculation et relevant des catégories suivantes peuvent (ou pourraient) faire l'objet de transferts automatiques de données du SPP-IS vers l'OE")],
    },
    sppIsNote: [sppIsNote(F)],
  },
};
