/** Card K — settlement, replaces card C since 11 October 2021 (same rules). DOMAIN.md; agii.be "Elektronische K-kaart". */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardC } from './card-c';

export const cardK = successorOf(cardC, {
  id: 'card-k',
  names: {
    official: text('Carte K — Établissement (remplace C)', 'K-kaart — Vestiging (vervangt C)', 'K-Karte — Niederlassung (ersetzt C)', 'K card — Settlement (replaces C)'),
    short: text('Carte K', 'K-kaart', 'K-Karte', 'K card'),
  },
  aliases: ['K', 'carte K', 'K-kaart', 'K kaart', 'K-Karte', 'K card', 'établissement', 'vestiging', 'Niederlassung', 'settlement', '27'],
  mark: 'K',
  what: text(
    'Ressortissant de pays tiers établi, 10 ans, registre de la population. Remplace la carte C depuis le 11 octobre 2021, mêmes règles.',
    'Gevestigde derdelander, 10 jaar, bevolkingsregister. Vervangt de C-kaart sinds 11 oktober 2021, zelfde regels.',
    'Niedergelassener Drittstaatsangehöriger, 10 Jahre, Bevölkerungsregister. Ersetzt die C-Karte seit dem 11. Oktober 2021, gleiche Regeln.',
    'Settled third-country national, 10 years, population register. Replaces the C card since 11 October 2021, same rules.',
  ),
  validity: text('10 ans', '10 jaar', '10 Jahre', '10 years'),
  cite: [cite('agii-k-card', 'Residence cards since 2021', 'replaces card C since 11 October 2021; 10 years')],
});
