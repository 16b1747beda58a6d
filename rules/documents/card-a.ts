/** Card A — limited stay ("A. Séjour limité" since 2021). Seed 004, card A sections; DOMAIN.md. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { CARD_DATA_TRANSFER_NOTE, electronicCard } from './electronic-card';
import { meansCondition } from './fiche-passages';

export const cardA = electronicCard({
  id: 'card-a',
  letter: 'A',
  names: {
    official: text('Carte A — Séjour limité (CIRE temporaire)', 'A-kaart — Beperkt verblijf (BIVR tijdelijk)', 'A-Karte — Befristeter Aufenthalt', 'A card — Limited stay'),
    short: text('Carte A', 'A-kaart', 'A-Karte', 'A card'),
  },
  aliases: ['A', 'carte A', 'A-kaart', 'A kaart', 'A-Karte', 'A card', 'séjour limité', 'beperkt verblijf', 'befristeter Aufenthalt', 'limited stay', 'CIRE', 'BIVR', '11', '33'],
  what: text(
    'Ressortissant de pays tiers avec un droit de séjour limité (études, travail, regroupement familial, protection subsidiaire…), inscrit au registre des étrangers.',
    'Derdelander met een beperkt verblijfsrecht (studie, werk, gezinshereniging, subsidiaire bescherming…), ingeschreven in het vreemdelingenregister.',
    'Drittstaatsangehöriger mit befristetem Aufenthaltsrecht (Studium, Arbeit, Familiennachzug, subsidiärer Schutz…), im Fremdenregister eingetragen.',
    'Third-country national with a limited right of stay (studies, work, family reunification, subsidiary protection…), in the foreigners’ register.',
  ),
  whatCite: [cite('agii-a-b-cards', 'Residence cards since 2021', 'titled "A. Séjour limité" / "B. Séjour illimité"')],
  access: 'sufficient-in-principle',
  accessQuote: "La carte A est en principe un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne en possession d'une carte A a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
  warnings: {
    residenceRightAtRisk: [meansCondition('Carte électronique A')],
    dataTransfer: {
      value: 'students-and-family',
      cite: [CARD_DATA_TRANSFER_NOTE('A', "Les personnes munies d'une carte A et relevant des catégories suivantes peuvent (ou pourraient) faire l'objet d'échanges d'informations automatiques entre le SPP-IS et l'OE")],
    },
  },
});
