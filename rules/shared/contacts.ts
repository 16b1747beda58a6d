/**
 * The contacts the sources give, with their opening hours where given. Phone numbers that
 * DOMAIN.md calls unverified are flagged so the clerk is told.
 */
import { amuFiche, cite, fiche, type Citation } from '../sources/registry';
import { text, type Text } from '../i18n/text';

export interface Contact {
  readonly id: string;
  readonly name: Text;
  readonly purpose: Text;
  readonly phones: readonly string[];
  readonly email?: string;
  readonly hours?: Text;
  /** When the source's number may be outdated. */
  readonly unverified?: Text;
  readonly cite: readonly Citation[];
}

export const CONTACTS: readonly Contact[] = [
  {
    id: 'medimmigrant',
    name: text('Medimmigrant (asbl)', 'Medimmigrant (vzw)', 'Medimmigrant (VoG)', 'Medimmigrant (NGO)'),
    purpose: text(
      'Questions sur le droit aux soins des personnes sans séjour légal ou en séjour précaire.',
      'Vragen over het recht op zorg van mensen zonder of met precair verblijf.',
      'Fragen zum Recht auf Gesundheitsversorgung von Menschen ohne oder mit unsicherem Aufenthalt.',
      'Questions on the right to care of people without, or with a precarious, legal stay.',
    ),
    phones: ['02/274 14 33', '0800/14.960'],
    email: 'info@medimmigrant.be',
    hours: text(
      'lundi 10–13 h · mardi 14–18 h · jeudi 10–13 h · vendredi 10–13 h',
      'maandag 10–13 u · dinsdag 14–18 u · donderdag 10–13 u · vrijdag 10–13 u',
      'Montag 10–13 Uhr · Dienstag 14–18 Uhr · Donnerstag 10–13 Uhr · Freitag 10–13 Uhr',
      'Monday 10:00–13:00 · Tuesday 14:00–18:00 · Thursday 10:00–13:00 · Friday 10:00–13:00',
    ),
    cite: [amuFiche('Cette fiche a été réalisée par l’asbl Medimmigrant', 'lundi de 10h à 13h | mardi de 14h à 18h | jeudi de 10h à 13h | vendredi de 10h à 13h')],
  },
  {
    id: 'fedasil-dispatching',
    name: text('Fedasil — Dispatching', 'Fedasil — Dispatching', 'Fedasil — Dispatching', 'Fedasil — Dispatching'),
    purpose: text(
      'Quelle place d’accueil (code 207) et quelle instance est compétente pour un demandeur d’asile.',
      'Welke opvangplaats (code 207) en welke instantie bevoegd is voor een asielzoeker.',
      'Welcher Aufnahmeplatz (Code 207) und welche Stelle für einen Asylbewerber zuständig ist.',
      'Which reception place (code 207) and who is competent for an asylum applicant.',
    ),
    phones: ['02/793 82 40'],
    unverified: text('Numéro de la fiche (2020) : à vérifier.', 'Nummer uit de fiche (2020): na te gaan.', 'Nummer aus dem Merkblatt (2020): bitte prüfen.', 'Number from the 2020 fiche: check it.'),
    cite: [fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", '« Dispatching » (02/793 82 40)')],
  },
  {
    id: 'fedasil-medical-costs',
    name: text('Fedasil — Cellule gestion des processus (ex-Cellule frais médicaux)', 'Fedasil — Dienst Procesbeheer (ex-Cel Medische Kosten)', 'Fedasil — Prozessmanagement (ehem. Zelle Medizinische Kosten)', 'Fedasil — Process management unit (formerly Medical costs unit)'),
    purpose: text(
      'Réquisitoire pour un demandeur « no show » ; questions de facturation à Fedasil.',
      'Requisitoir voor een "no show"-aanvrager; factureringsvragen aan Fedasil.',
      'Kostenübernahme für einen „no show“-Antragsteller; Abrechnungsfragen an Fedasil.',
      'Réquisitoire for a "no show" applicant; billing questions to Fedasil.',
    ),
    phones: ['FR 02/213 43 25', 'NL 02/213 43 00'],
    unverified: text(
      'Service renommé en 2018 ; ses numéros ne sont pas vérifiés.',
      'Dienst hernoemd in 2018; de nummers zijn niet geverifieerd.',
      'Dienst 2018 umbenannt; die Nummern sind nicht überprüft.',
      'Unit renamed in 2018; its phone numbers are unverified.',
    ),
    cite: [
      fiche("Attestation d'immatriculation › PRISE EN CHARGE DES SOINS MÉDICAUX PAR FEDASIL", 'Cellule Frais Médicaux » de Fedasil (FR 02/213 43 25 ; NL 02/213 43 00)'),
      cite('jmhospitals-caami4fedasil', 'Changes since the seeds that move the bill', 'its phone numbers are unverified'),
    ],
  },
];
