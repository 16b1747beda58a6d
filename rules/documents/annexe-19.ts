/** Annexe 19 — Demande d'attestation d'enregistrement (EU citizen, Swiss). Seed 004, fiche "Annexe 19". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, euFirstMonthsLimit, euJobSeekerLimit, holderCites, meansCondition, residual, sppIsNote } from './fiche-passages';

const F = 'Annexe 19';

export const annexe19: DocumentRule = {
  id: 'annexe-19',
  group: 'paper',
  names: {
    official: text('Annexe 19 — Demande d’attestation d’enregistrement (citoyen de l’Union)', 'Bijlage 19 — Aanvraag van een verklaring van inschrijving (burger van de Unie)', 'Anlage 19 — Antrag auf Anmeldebescheinigung (Unionsbürger)', 'Annex 19 — Application for a registration certificate (EU citizen)'),
    short: text('Annexe 19', 'Bijlage 19', 'Anlage 19', 'Annex 19'),
  },
  aliases: ['annexe 19', 'bijlage 19', 'anlage 19', 'annex 19', 'demande d’enregistrement', 'aanvraag inschrijving', 'Anmeldebescheinigung', 'registration certificate', 'citoyen UE', 'EU-burger', 'Unionsbürger', 'EU citizen', 'suisse', 'Zwitser', 'Schweizer', 'Swiss'],
  mark: '19',
  what: text(
    'Preuve de la demande d’inscription d’un citoyen de l’Union (ou suisse) pour plus de trois mois : travailleur, demandeur d’emploi, étudiant, non actif, ou membre de la famille.',
    'Bewijs van de aanvraag tot inschrijving van een burger van de Unie (of Zwitser) voor meer dan drie maanden: werknemer, werkzoekende, student, niet-actief, of familielid.',
    'Nachweis des Antrags auf Anmeldung eines Unionsbürgers (oder Schweizers) für mehr als drei Monate: Arbeitnehmer, Arbeitsuchender, Student, nicht erwerbstätig oder Familienangehöriger.',
    'Proof that an EU (or Swiss) citizen applied to register for more than three months: worker, job-seeker, student, inactive, or family member.',
  ),
  whatCite: [fiche(`${F} › ${WHO}`, "qui souhaite séjourner plus de trois mois en Belgique en qualité de travailleur salarié ou indépendant, de demandeur d'emploi, d'étudiant ou de citoyen de l'Union économiquement non actif")],
  validity: text('Six mois maximum en principe', 'In principe maximum zes maanden', 'Grundsätzlich höchstens sechs Monate', 'Six months at most, in principle'),
  nationalRegister: { value: 'yes', cite: [fiche(`${F} › ${REGISTER}`, "La personne est inscrite au registre d'attente.")] },
  insuranceAccess: {
    value: 'insufficient',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 19 seule n'est pas un document suffisant pour ouvrir le droit à l'assurance-maladie.")],
  },
  holderQualities: { value: ['employed', 'higher-education-student'], cite: holderCites(F, ['employed', 'higher-education-student']) },
  dependantQualities: { value: ['spouse', 'ascendant', 'cohabitant', 'child'], cite: dependantCites(F, ['spouse', 'ascendant', 'cohabitant', 'child']) },
  cpas: {
    value: { kind: 'eu-limits', who: 'eu-citizen-or-family' },
    cite: [
      fiche(`${F} › ${CPAS}`, "La personne munie d'une annexe 19 a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente."),
      residual(F), euJobSeekerLimit(F), euFirstMonthsLimit(F),
    ],
  },
  warnings: {
    residenceRightAtRisk: [meansCondition(F, "Le fait de bénéficier d'une aide sociale pourrait être un indice que les conditions de ressources ne sont plus remplies.")],
    dataTransfer: { value: 'hedged', cite: [fiche(`${F} › ${CPAS}`, "Les personnes munies d'une annexe 19 pourraient faire l'objet de transferts automatiques de données du SPP-IS vers l'OE")] },
    sppIsNote: [sppIsNote(F)],
  },
};
