/** Annexe 15 — Attestation de séjour temporaire, with its eight cases. Seed 004, fiche "Annexe 15". */
import { fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';
import { BE_INSURANCE, CPAS, REGISTER, WHO, dependantCites, holderCites, meansCondition, sppIsNote } from './fiche-passages';

const F = 'Annexe 15';

/** The eight cases, each with its own line of the fiche's CPAS summary. */
export const ANNEXE_15_CASES = {
  1: fiche(`${F} › ${CPAS} › En résumé`, "Case 1 : Droit à l'aide sociale (ou à l'AMU si la personne est membre de la famille d'un citoyen de l'Union ayant la qualité de demandeur d'emploi)"),
  2: fiche(`${F} › ${CPAS} › En résumé`, "Case 2 : Droit à l'aide sociale ;"),
  3: fiche(`${F} › ${CPAS} › En résumé`, "ou à l'AMU si l'analyse de la situation de séjour effectuée par l'assistant(e) social(e) conduit à la conclusion que l'absence de la personne du territoire belge a dépassé la durée légale prévue"),
  4: fiche(`${F} › ${CPAS} › En résumé`, "Case 4 : Droit à l'aide sociale (ou à l'AMU si la personne est membre de la famille d'un citoyen de l'Union ayant la qualité de demandeur d'emploi)"),
  5: fiche(`${F} › ${CPAS} › En résumé`, "Case 5 : Pas de droit à l'aide sociale, ni à l'AMU ;"),
  6: fiche(`${F} › ${CPAS} › En résumé`, "Case 6 : Droit à l'aide sociale ;"),
  7: fiche(`${F} › ${CPAS} › En résumé`, "Case 7 : Droit à l'aide sociale si l'analyse de la situation permet de déduire que la personne a droit à l'aide sociale ;"),
  8: fiche(`${F} › ${CPAS} › En résumé`, "ou si elle est membre de la famille d'un citoyen de l'Union ayant la qualité d'étudiant ou de citoyen économiquement non actif, pendant les trois premiers mois de son séjour"),
} as const;

export const ANNEXE_15_REGISTER_CASES: ReadonlySet<number> = new Set([1, 2, 3, 4, 8]);
export const ANNEXE_15_REGISTER_CITE = fiche(
  `${F} › ${BE_INSURANCE} › En tant que titulaire`,
  "L'annexe 15 vaut comme preuve d'inscription au registre des étrangers ou de population quand sont cochées les cases 1, 2, 3, 4 ou 8.",
);
/** Spouse, ascendant and cohabitant dependants: "Seulement valable pour les personnes inscrites au Registre national". */
export const ANNEXE_15_DEPENDANT_REGISTER_CITE = fiche(
  `${F} › ${BE_INSURANCE} › En tant que personne à charge d'un titulaire`,
  'Seulement valable pour les personnes inscrites au Registre national',
);

export const annexe15: DocumentRule = {
  id: 'annexe-15',
  group: 'paper',
  names: {
    official: text('Annexe 15 — Attestation de séjour temporaire', 'Bijlage 15 — Attest van tijdelijk verblijf', 'Anlage 15 — Bescheinigung des vorläufigen Aufenthalts', 'Annex 15 — Certificate of temporary stay'),
    short: text('Annexe 15', 'Bijlage 15', 'Anlage 15', 'Annex 15'),
  },
  aliases: ['annexe 15', 'bijlage 15', 'anlage 15', 'annex 15', 'attestation de séjour temporaire', 'attest tijdelijk verblijf', 'travailleur frontalier', 'grensarbeider', 'Grenzgänger', 'frontier worker', 'renouvellement', 'vernieuwing', 'renewal'],
  mark: '15',
  what: text(
    'Attestation provisoire : la personne attend une prolongation, un (nouveau) droit de séjour ou une décision. La case cochée (1 à 8) change tout.',
    'Voorlopig attest: de persoon wacht op een verlenging, een (nieuw) verblijfsrecht of een beslissing. Het aangekruiste vak (1 tot 8) verandert alles.',
    'Vorläufige Bescheinigung: die Person wartet auf eine Verlängerung, ein (neues) Aufenthaltsrecht oder eine Entscheidung. Das angekreuzte Feld (1 bis 8) ändert alles.',
    'Provisional certificate: the person awaits an extension, a (new) right of residence or a decision. The box ticked (1 to 8) changes everything.',
  ),
  whatCite: [fiche(`${F} › Qu'est-ce que l'annexe 15 ?`, "Elle prouve qu'une personne attend une prolongation de son droit de séjour, un (nouveau) droit de séjour ou une décision en lien avec une demande de séjour."), fiche(`${F} › ${WHO}`, "Ce document est délivré au ressortissant de pays tiers ou au citoyen de l'Union dans différents cas de figure.")],
  nationalRegister: {
    value: 'by-annexe-15-case',
    cite: [fiche(`${F} › ${REGISTER}`, "La durée de validité du document et l'inscription de la personne au Registre national dépend de la situation dans laquelle se trouve la personne."), ANNEXE_15_REGISTER_CITE],
  },
  insuranceAccess: {
    value: 'some-cases',
    cite: [fiche(`${F} › ${BE_INSURANCE}`, "L'annexe 15 peut dans certains cas permettre d'ouvrir le droit à l'assurance-maladie, mais pas toujours.")],
  },
  holderQualities: {
    value: ['employed', 'higher-education-student', 'registered-resident'],
    cite: [...holderCites(F, ['employed', 'higher-education-student', 'registered-resident']), ANNEXE_15_REGISTER_CITE],
  },
  dependantQualities: { value: ['spouse', 'ascendant', 'cohabitant', 'child'], cite: [...dependantCites(F, ['spouse', 'ascendant', 'cohabitant', 'child']), ANNEXE_15_DEPENDANT_REGISTER_CITE] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'annexe-15-register-cases' } },
  cpas: {
    value: { kind: 'annexe-15-cases' },
    cite: [fiche(`${F} › ${CPAS}`, "A l'exception des travailleurs frontaliers (case 5), les personnes en possession d'une annexe 15 ont en principe droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elles sont indigentes.")],
  },
  warnings: {
    residenceRightAtRisk: [meansCondition(F)],
    sppIsNote: [sppIsNote(F)],
  },
};
