/**
 * Passages that the fiches repeat word for word, as citation builders: each takes the fiche's
 * own name so that the section reads "Annexe 19 › PRISE EN CHARGE … PAR LE CPAS".
 */
import { fiche, type Citation } from '../sources/registry';
import type { DependantQuality, HolderQuality } from '../schema/document-rule';

export const BE_INSURANCE = 'ASSURANCE-MALADIE EN BELGIQUE';
export const CPAS = 'PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS';
export const REGISTER = 'Quelle est la durée de validité du document et la personne est-elle inscrite au Registre national ?';
export const WHO = 'Qui peut recevoir ce document ?';

const HOLDER_QUOTES: Record<HolderQuality, string> = {
  employed: 'salarié ou indépendant (assujetti à la sécurité sociale)',
  'higher-education-student':
    "étudiant de l'enseignement supérieur inscrit dans un établissement d'enseignement de plein exercice agréé",
  'unaccompanied-minor': 'mineur étranger non accompagné (MENA) qui, soit fréquente depuis au moins trois mois consécutifs un établissement scolaire',
  'registered-resident': "'inscrit au Registre national' (= personne séjournant en Belgique, résident)",
};
const DEPENDANT_QUOTES: Record<DependantQuality, string> = {
  spouse: "conjoint cohabitant à charge d'un titulaire",
  ascendant: "ascendant cohabitant d'un titulaire ou de son conjoint",
  cohabitant: "cohabitant à charge d'un titulaire",
  child: "enfant de moins de 25 ans à charge d'un titulaire",
};

export function holderCites(doc: string, qualities: readonly HolderQuality[], override: Partial<Record<HolderQuality, string>> = {}): Citation[] {
  return qualities.map((q) => fiche(`${doc} › ${BE_INSURANCE} › En tant que titulaire`, override[q] ?? HOLDER_QUOTES[q]));
}
export function dependantCites(doc: string, qualities: readonly DependantQuality[]): Citation[] {
  if (qualities.length === 0) {
    return [fiche(`${doc} › ${BE_INSURANCE}`, 'Les principales qualités qui pourraient ici être envisagées sont les suivantes')];
  }
  return qualities.map((q) => fiche(`${doc} › ${BE_INSURANCE} › En tant que personne à charge d'un titulaire`, DEPENDANT_QUOTES[q]));
}

export function residual(doc: string): Citation {
  return fiche(`${doc} › ${CPAS}`, "Le droit à l'aide sociale du CPAS est résiduaire.");
}
export function sppIsNote(doc: string): Citation {
  return fiche(
    `${doc} › ${CPAS}`,
    "Selon le SPP IS, cette limitation de l'aide sociale à l'AMU serait aussi valable pour les membres de la famille d'un belge.",
  );
}
export function euJobSeekerLimit(doc: string): Citation {
  return fiche(`${doc} › ${CPAS}`, "le citoyen de l'Union ayant la qualité de demandeur d'emploi et les membres de sa famille");
}
export function euFirstMonthsLimit(doc: string): Citation {
  return fiche(
    `${doc} › ${CPAS}`,
    "le citoyen de l'Union ayant la qualité d'étudiant ou de citoyen économiquement non actif et les membres de sa famille",
  );
}
export function tcnFamilyJobSeekerLimit(doc: string): Citation {
  return fiche(
    `${doc} › ${CPAS}`,
    "le ressortissant de pays tiers membre de la famille d'un citoyen de l'Union ayant la qualité de demandeur d'emploi",
  );
}
export function tcnFamilyFirstMonthsLimit(doc: string): Citation {
  return fiche(
    `${doc} › ${CPAS}`,
    "le ressortissant de pays tiers membre de la famille d'un citoyen de l'Union ayant la qualité d'étudiant ou de citoyen économiquement non actif, pendant les trois premiers mois de son séjour",
  );
}
export function meansCondition(doc: string, quote = "Le fait de bénéficier d'une aide sociale pourrait être un indice que les conditions liées aux moyens de subsistance ne sont plus remplies."): Citation {
  return fiche(`${doc} › ${CPAS}`, quote);
}
