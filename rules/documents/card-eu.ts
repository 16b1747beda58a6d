/** Card EU — EU citizen registration, replaces card E since 10 May 2021 (same legal scope). DOMAIN.md; vreemdelingenrecht.be. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardE } from './card-e';

export const cardEu = successorOf(cardE, {
  id: 'card-eu',
  names: {
    official: text('Carte EU — Enregistrement, art. 8 dir. 2004/38 (remplace E)', 'EU-kaart — Inschrijving, art. 8 richtl. 2004/38 (vervangt E)', 'EU-Karte — Anmeldung, Art. 8 RL 2004/38 (ersetzt E)', 'EU card — Registration, Art. 8 Dir. 2004/38 (replaces E)'),
    short: text('Carte EU', 'EU-kaart', 'EU-Karte', 'EU card'),
  },
  aliases: ['EU', 'carte EU', 'EU-kaart', 'EU kaart', 'EU-Karte', 'EU card', 'enregistrement', 'inschrijving', 'Anmeldung', 'registration', 'citoyen UE', 'EU-burger', 'Unionsbürger', '31'],
  mark: 'EU',
  what: text(
    'Citoyen de l’Union (ou EEE, suisse) séjournant plus de trois mois. Remplace la carte E depuis le 10 mai 2021, même portée.',
    'Burger van de Unie (of EER, Zwitser) die meer dan drie maanden verblijft. Vervangt de E-kaart sinds 10 mei 2021, zelfde draagwijdte.',
    'Unionsbürger (oder EWR, Schweizer) mit Aufenthalt über drei Monate. Ersetzt die E-Karte seit dem 10. Mai 2021, gleiche Tragweite.',
    'EU (or EEA, Swiss) citizen staying more than three months. Replaces the E card since 10 May 2021, same scope.',
  ),
  cite: [cite('vreemdelingenrecht-eu-cards', 'Residence cards since 2021', 'replaces card E since 10 May 2021; same legal scope')],
});
