/** Citations the payer and warning rules share, whatever the document. */
import { amuFiche, cite, fiche } from '../sources/registry';
import type { DocumentId } from '../schema/facts';
import { memoByKey } from '../shared/memo';

const FOREIGN = "ASSURANCE-MALADIE À L'ÉTRANGER";
/** The fiches that have a foreign-insurance section; others are cited through annexe 3ter's. */
const FOREIGN_FICHE: Partial<Record<DocumentId, string>> = {
  'annexe-3': `Annexe 3 › ${FOREIGN}`,
  'annexe-3ter': `Annexe 3ter › ${FOREIGN}`,
  'annexe-19': 'Annexe 19 › ASSURANCE-MALADIE EN EUROPE',
  'annexe-19ter': `Annexe 19ter › ${FOREIGN}`,
};
export const foreignSection = (doc: DocumentId): string => FOREIGN_FICHE[doc] ?? `Annexe 3ter › ${FOREIGN}`;
const travelSection = (doc: DocumentId): string =>
  `${doc === 'annexe-3ter' ? 'Annexe 3ter' : 'Annexe 3'} › ASSURANCE-VOYAGE PRIVÉE`;

export const P = {
  s2: memoByKey((doc: DocumentId) => [
    fiche(`${foreignSection(doc)} › Soins programmés`, 'Pour les soins hospitaliers programmés : la personne doit demander une autorisation préalable à son organisme assureur (formulaire S2).'),
    fiche(`${foreignSection(doc)} › Soins programmés`, 'Pour les soins non-hospitaliers programmés : la personne peut aussi demander une autorisation préalable à son organisme assureur'),
  ]),
  ehic: memoByKey((doc: DocumentId) => [
    fiche(`${foreignSection(doc)} › Soins non programmés`, 'Cette carte permet le remboursement des soins médicaux en Belgique aux mêmes conditions et aux mêmes tarifs que pour les personnes assurées en Belgique.'),
    fiche(`${foreignSection(doc)} › Soins non programmés`, 'Si la personne a oublié ou perdu sa carte, une attestation de remplacement peut être envoyée.'),
    cite('caami-temporary-stay', 'Foreign insurance', 'necessary care at Belgian tariffs; the patient chooses a Belgian insurer (any mutualité or the CAAMI) which acts for the foreign one'),
  ]),
  ehicPlanned: memoByKey((doc: DocumentId) => [
    fiche(`${foreignSection(doc)} › Soins programmés`, 'Pour les soins hospitaliers programmés : la personne doit demander une autorisation préalable à son organisme assureur (formulaire S2).'),
    cite('caami-temporary-stay', 'Foreign insurance', 'planned care needs an S2'),
  ]),
  treaty: memoByKey((doc: DocumentId) => [
    fiche(`${doc === 'annexe-3' || doc === 'annexe-19ter' ? foreignSection(doc) : `Annexe 3ter › ${FOREIGN}`} › HORS EUROPE`, "Si la personne est concernée par un tel accord, elle doit présenter une preuve/attestation de l'organisme compétent pour l'assurance-maladie dans son pays d'origine"),
    cite('medimmigrant-origin-insurance', 'Foreign insurance', 'Bilateral agreements today: Albania (added since the seeds), Algeria, Australia,'),
  ]),
  travel: memoByKey((doc: DocumentId) => [
    fiche(travelSection(doc), "Ces assurances interviennent le plus souvent en cas de maladie soudaine, d'accident ou de rapatriement"),
  ]),
  travelExclusions: memoByKey((doc: DocumentId) => [
    fiche(travelSection(doc), 'Souvent, les soins programmés ou les soins pour une maladie déjà existante au moment de la signature du contrat sont exclus.'),
  ]),
  fedasil: [
    fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", "Fedasil est compétent pour les bénéficiaires de l'accueil (demandeurs de protection internationale ou non) qui résident (avec un code 207)"),
    fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", "sauf s'il s'agit d'une initiative d'accueil d'un CPAS"),
    cite('jmhospitals-caami4fedasil', 'Changes since the seeds that move the bill', 'Since 1 January 2025 hospitals and pharmacies bill the care of uninsured applicants whose costs Fedasil bears electronically to the CAAMI/HZIV'),
  ],
  fedasilNoShow: fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", 'Fedasil est aussi compétent pour les demandeurs de protection internationale qui ne résident pas dans une structure d\'accueil et qui ont un code 207 « no show ».'),
  fedasilShare: fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", "Si le demandeur de protection internationale est affilié à l'assurance-maladie, celle-ci intervient et Fedasil reste compétent pour le ticket modérateur."),
  fedasilFirst: fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS", 'Le CPAS renverra d\'abord vers Fedasil si la personne a droit à l\'intervention de Fedasil'),
  immigrationOffice: [
    cite('medimmigrant-closed-centres', 'Changes since the seeds that move the bill', "people in closed centres, the open return centre, family units and return counselling; a detainee's care is arranged by the centre's medical service."),
  ],
  checkInsurability: cite('medimmigrant-insurance', 'Changes since the seeds that move the bill', 'Belgian insurance can outlast legal stay'),
  mediPrima: cite('primabook-mediprima', 'How AMU is billed by a hospital (MediPrima)', 'Without an electronic CPAS guarantee in MediPrima nothing is paid'),
  notifyCpas: cite('uvcw-amu', 'How AMU is billed by a hospital (MediPrima)', 'The hospital must tell the CPAS as soon as it knows the patient is in irregular stay and indigent.'),
  competentCpas: cite('agii-competent-ocmw', 'How AMU is billed by a hospital (MediPrima)', 'Competent CPAS: the commune of habitual residence'),
  attestationRules: cite('circulaire-2015', 'How AMU is billed by a hospital (MediPrima)', 'signed by an INAMI-registered doctor or dentist at the start of care'),
  doctorDecides: amuFiche('Qui décide si les soins relèvent de l’AMU ?', 'Il remplit alors une attestation d’ ‘Aide Médicale Urgente’.'),
  amuWhere: amuFiche('Où pouvez-vous demander cette aide ?', 'Vous devez demander l’Aide Médicale Urgente au CPAS de la commune où vous séjournez de'),
  confidential: amuFiche('Est-ce qu’une demande AMU peut avoir des conséquences négatives ?', 'Ni la police, ni l’Office des étrangers ne peut être mis au courant de cette aide médicale.'),
  nonNomenclature: amuFiche('Qui paie les soins médicaux ?', 'Si les soins ne se trouvent pas sur cette liste, le CPAS peut les payer mais il ne sera pas remboursé par l’Etat belge.'),
  patientNoResources: amuFiche('Pouvez-vous avoir cette aide ?', 'sans ressources = Vous ne pouvez pas payer les soins médicaux'),
  ukLapsed: cite('dofi-brexit', 'Changes since the seeds that move the bill', 'every E, E+, F and F+ document issued to a UK national under EU law expired on 31 March 2022'),
  ukEhic: cite('inami-brexit', 'Foreign insurance', 'people insured in the UK keep necessary care reimbursed during a temporary stay (UK EHIC, then GHIC)'),
  hospitalisedRenewal: cite('agii-card-pages', 'Changes since the seeds that move the bill', 'A hospitalised person is exempt from renewing the card on time'),
  swiss: [
    fiche('Annexe 19 › Qui peut recevoir ce document ?', 'Ce document peut également être délivré au ressortissant suisse.'),
    fiche('Lexique › Citoyen de l’Union', "Les ressortissants des trois pays de l'EEE non-membres de l'UE (l'Islande, le Liechtenstein et la Norvège) suivent dans ces matières les mêmes règles que les citoyens de l'Union."),
  ],
  ukraine: cite('inami-ukraine', 'Changes since the seeds that move the bill', 'affiliation to a mutualité takes effect from the first day of the quarter of the certificate: wait for it and bill the mutualité, not the patient'),
} as const;
