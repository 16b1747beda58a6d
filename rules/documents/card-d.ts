/** Card D — EU long-term resident (replaced by card L since 11 October 2021). Seed 004, card D sections. */
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';
import { cite } from '../sources/registry';

export const cardD = electronicCard({
  id: 'card-d',
  letter: 'D',
  replacedBy: 'card-l',
  names: {
    official: text('Carte D — Résident de longue durée UE (ancien modèle, remplacée par L)', 'D-kaart — EU-langdurig ingezetene (oud model, vervangen door L)', 'D-Karte — Daueraufenthalt-EU (altes Modell, ersetzt durch L)', 'D card — EU long-term resident (old model, replaced by L)'),
    short: text('Carte D', 'D-kaart', 'D-Karte', 'D card'),
  },
  aliases: ['D', 'carte D', 'D-kaart', 'D kaart', 'D-Karte', 'D card', 'résident de longue durée', 'langdurig ingezetene', 'Daueraufenthalt-EU', 'long-term resident', '14'],
  what: text(
    'Ressortissant de pays tiers résident de longue durée UE. Remplacée par la carte L ; reste valable jusqu’à la date imprimée.',
    'Derdelander met EU-status van langdurig ingezetene. Vervangen door de L-kaart; blijft geldig tot de gedrukte datum.',
    'Drittstaatsangehöriger mit Daueraufenthalt-EU. Ersetzt durch die L-Karte; gültig bis zum aufgedruckten Datum.',
    'Third-country national with EU long-term resident status. Replaced by the L card; valid until the date printed on it.',
  ),
  whatCite: [cite('agii-l-card', 'Residence cards since 2021', 'Old C, D, E, E+ cards stay valid until the date printed on them.')],
  access: 'sufficient',
  accessQuote: "La carte D est un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne munie d'une carte D a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
  employedQuote: 'salarié ou indépendant (assujéti à la sécurité sociale)',
});
