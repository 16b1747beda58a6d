/** Card C — settlement (replaced by card K since 11 October 2021; old cards valid until their date). Seed 004, card C sections. */
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';
import { cite } from '../sources/registry';

export const cardC = electronicCard({
  id: 'card-c',
  letter: 'C',
  replacedBy: 'card-k',
  names: {
    official: text('Carte C — Établissement (ancien modèle, remplacée par K)', 'C-kaart — Vestiging (oud model, vervangen door K)', 'C-Karte — Niederlassung (altes Modell, ersetzt durch K)', 'C card — Settlement (old model, replaced by K)'),
    short: text('Carte C', 'C-kaart', 'C-Karte', 'C card'),
  },
  aliases: ['C', 'carte C', 'C-kaart', 'C kaart', 'C-Karte', 'C card', 'établissement', 'vestiging', 'Niederlassung', 'settlement', '13'],
  what: text(
    'Ressortissant de pays tiers établi, inscrit au registre de la population. Remplacée par la carte K ; reste valable jusqu’à la date imprimée.',
    'Gevestigde derdelander, ingeschreven in het bevolkingsregister. Vervangen door de K-kaart; blijft geldig tot de gedrukte datum.',
    'Niedergelassener Drittstaatsangehöriger, im Bevölkerungsregister. Ersetzt durch die K-Karte; gültig bis zum aufgedruckten Datum.',
    'Settled third-country national, in the population register. Replaced by the K card; valid until the date printed on it.',
  ),
  whatCite: [cite('agii-k-card', 'Residence cards since 2021', 'Old C, D, E, E+ cards stay valid until the date printed on them.')],
  access: 'sufficient',
  accessQuote: "La carte C est un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne munie d'une carte C a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
});
