/** Card F+ — permanent residence card of a family member of an EU citizen. Seed 004, card F+ sections. */
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';
import { OLD_LAYOUT_F_CITE } from './card-f';

export const cardFPlus = electronicCard({
  id: 'card-f-plus',
  letter: 'F+',
  names: {
    official: text('Carte F+ — Séjour permanent, membre de la famille d’un citoyen de l’Union (art. 20 dir. 2004/38)', 'F+-kaart — Duurzaam verblijf, familielid van een burger van de Unie (art. 20 richtl. 2004/38)', 'F+-Karte — Daueraufenthalt, Familienangehöriger eines Unionsbürgers (Art. 20 RL 2004/38)', 'F+ card — Permanent residence, family member of an EU citizen (Art. 20 Dir. 2004/38)'),
    short: text('Carte F+', 'F+-kaart', 'F+-Karte', 'F+ card'),
  },
  aliases: ['F+', 'F plus', 'carte F+', 'F+-kaart', 'F+ kaart', 'F+-Karte', 'F+ card', 'séjour permanent famille', 'duurzaam verblijf familielid', '18', '36'],
  what: text(
    'Membre de la famille d’un citoyen de l’Union avec un droit de séjour permanent, inscrit au registre de la population.',
    'Familielid van een burger van de Unie met duurzaam verblijfsrecht, ingeschreven in het bevolkingsregister.',
    'Familienangehöriger eines Unionsbürgers mit Daueraufenthaltsrecht, im Bevölkerungsregister.',
    'Family member of an EU citizen with permanent residence, in the population register.',
  ),
  whatCite: [OLD_LAYOUT_F_CITE],
  access: 'sufficient-in-principle',
  accessQuote: "La carte F+ est en principe un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne en possession d'une carte F+ a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
  lapsesForUk: true,
});
