/** Card L — EU long-term resident, replaces card D since 11 October 2021. DOMAIN.md; agii.be, vreemdelingenrecht.be. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardD } from './card-d';

export const cardL = successorOf(cardD, {
  id: 'card-l',
  names: {
    official: text('Carte L — Résident de longue durée UE (remplace D)', 'L-kaart — EU-langdurig ingezetene (vervangt D)', 'L-Karte — Daueraufenthalt-EU (ersetzt D)', 'L card — EU long-term resident (replaces D)'),
    short: text('Carte L', 'L-kaart', 'L-Karte', 'L card'),
  },
  aliases: ['L', 'carte L', 'L-kaart', 'L kaart', 'L-Karte', 'L card', 'résident de longue durée', 'langdurig ingezetene', 'Daueraufenthalt-EU', 'long-term resident', '28'],
  mark: 'L',
  what: text(
    'Ressortissant de pays tiers résident de longue durée UE, 10 ans, registre de la population. Remplace la carte D.',
    'Derdelander met EU-status van langdurig ingezetene, 10 jaar, bevolkingsregister. Vervangt de D-kaart.',
    'Drittstaatsangehöriger mit Daueraufenthalt-EU, 10 Jahre, Bevölkerungsregister. Ersetzt die D-Karte.',
    'Third-country national with EU long-term resident status, 10 years, population register. Replaces the D card.',
  ),
  validity: text('10 ans', '10 jaar', '10 Jahre', '10 years'),
  cite: [cite('agii-l-card', 'Residence cards since 2021', 'replaces card D since 11 October 2021')],
});
