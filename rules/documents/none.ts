/** No valid residence document: no legal stay. Source: the AMU fiche (seed 000). */
import { amuFiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

export const none: DocumentRule = {
  id: 'none',
  group: 'no-document',
  names: {
    official: text('Aucun document de séjour valable (sans séjour légal)', 'Geen geldig verblijfsdocument (zonder wettig verblijf)', 'Kein gültiges Aufenthaltsdokument (ohne legalen Aufenthalt)', 'No valid residence document (no legal stay)'),
    short: text('Sans séjour légal', 'Zonder wettig verblijf', 'Ohne legalen Aufenthalt', 'No legal stay'),
  },
  aliases: ['sans papiers', 'sans-papiers', 'sans séjour légal', 'séjour illégal', 'irrégulier', 'visa expiré', 'carte expirée', 'mensen zonder papieren', 'zonder papieren', 'illegaal verblijf', 'verlopen visum', 'ohne Papiere', 'illegaler Aufenthalt', 'abgelaufenes Visum', 'undocumented', 'irregular stay', 'expired visa', 'no papers', 'geen document', 'aucun document', 'kein Dokument', 'no document'],
  mark: '∅',
  what: text(
    'La personne n’a pas (ou plus) de séjour légal : jamais de document, visa expiré, carte plus valable, ordre de quitter le territoire.',
    'De persoon heeft geen (of niet langer) wettig verblijf: nooit een document, verlopen visum, kaart niet meer geldig, bevel om het grondgebied te verlaten.',
    'Die Person hat keinen (oder keinen) legalen Aufenthalt (mehr): nie ein Dokument, abgelaufenes Visum, Karte nicht mehr gültig, Ausreiseanordnung.',
    'The person has no (or no longer a) legal stay: never had a document, expired visa, card no longer valid, order to leave the territory.',
  ),
  whatCite: [amuFiche('Pouvez-vous avoir cette aide ?', 'un visa expiré, un document de séjour qui n’est plus valable, un ordre de quitter le territoire')],
  nationalRegister: { value: 'no', cite: [amuFiche('Qu’est-ce que l’AMU ?', 'L’Aide Médicale Urgente (AMU) est une aide prévue par l’Etat belge pour les personnes sans séjour légal.')] },
  insuranceAccess: { value: 'insufficient', cite: [amuFiche('Qu’est-ce que l’AMU ?', 'Elle a pour but de permettre aux personnes sans séjour légal de recevoir des soins médicaux.')] },
  holderQualities: { value: [], cite: [amuFiche('Qu’est-ce que l’AMU ?', 'L’Aide Médicale Urgente (AMU) est une aide prévue par l’Etat belge pour les personnes sans séjour légal.')] },
  dependantQualities: { value: [], cite: [amuFiche('Qu’est-ce que l’AMU ?', 'L’Aide Médicale Urgente (AMU) est une aide prévue par l’Etat belge pour les personnes sans séjour légal.')] },
  cpas: {
    value: { kind: 'amu-only' },
    cite: [
      amuFiche('Pouvez-vous avoir cette aide ?', 'sans ressources = Vous ne pouvez pas payer les soins médicaux'),
      amuFiche('Où pouvez-vous demander cette aide ?', 'Vous devez demander l’Aide Médicale Urgente au CPAS de la commune où vous séjournez de')
    ],
  },
  warnings: {},
};
