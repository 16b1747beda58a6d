/** Card B — unlimited stay ("B. Séjour illimité" since 2021). Seed 004, card B sections. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';

export const cardB = electronicCard({
  id: 'card-b',
  letter: 'B',
  names: {
    official: text('Carte B — Séjour illimité (CIRE)', 'B-kaart — Onbeperkt verblijf (BIVR)', 'B-Karte — Unbefristeter Aufenthalt', 'B card — Unlimited stay'),
    short: text('Carte B', 'B-kaart', 'B-Karte', 'B card'),
  },
  aliases: ['B', 'carte B', 'B-kaart', 'B kaart', 'B-Karte', 'B card', 'séjour illimité', 'onbeperkt verblijf', 'unbefristeter Aufenthalt', 'unlimited stay', 'réfugié reconnu', 'erkend vluchteling', 'anerkannter Flüchtling', 'recognised refugee', '12', '34'],
  what: text(
    'Ressortissant de pays tiers avec un droit de séjour illimité, inscrit au registre des étrangers.',
    'Derdelander met een onbeperkt verblijfsrecht, ingeschreven in het vreemdelingenregister.',
    'Drittstaatsangehöriger mit unbefristetem Aufenthaltsrecht, im Fremdenregister eingetragen.',
    'Third-country national with an unlimited right of stay, in the foreigners’ register.',
  ),
  whatCite: [cite('agii-a-b-cards', 'Residence cards since 2021', 'titled "A. Séjour limité" / "B. Séjour illimité"')],
  access: 'sufficient',
  accessQuote: "La carte B est un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne en possession d'une carte B a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
});
