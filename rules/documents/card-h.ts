/** Card H — EU Blue Card. Seed 004, card H sections; DOMAIN.md (24 months since 5 April 2024). */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';

export const cardH = electronicCard({
  id: 'card-h',
  letter: 'H',
  names: {
    official: text('Carte H — Carte bleue européenne', 'H-kaart — Europese blauwe kaart', 'H-Karte — Blaue Karte EU', 'H card — EU Blue Card'),
    short: text('Carte H', 'H-kaart', 'H-Karte', 'H card'),
  },
  aliases: ['H', 'carte H', 'H-kaart', 'H kaart', 'H-Karte', 'H card', 'carte bleue', 'blauwe kaart', 'Blaue Karte', 'blue card', 'travailleur hautement qualifié', 'hooggekwalificeerd', '19'],
  what: text(
    'Travailleur hautement qualifié de pays tiers (carte bleue européenne). Séjour limité et conditionnel, notamment à un salaire minimal.',
    'Hooggekwalificeerde werknemer uit een derde land (Europese blauwe kaart). Beperkt en voorwaardelijk verblijf, onder meer een minimumloon.',
    'Hochqualifizierter Arbeitnehmer aus einem Drittstaat (Blaue Karte EU). Befristeter und bedingter Aufenthalt, u. a. Mindestgehalt.',
    'Highly qualified third-country worker (EU Blue Card). Limited and conditional stay, including a minimum salary.',
  ),
  whatCite: [
    fiche('Carte électronique H › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "Le titulaire d'une carte H a un droit de séjour d'une durée limitée qui est conditionnel."),
    cite('agii-h-card', 'Changes since the seeds', 'Card H (EU Blue Card): at least 24 months'),
  ],
  validity: text('Au moins 24 mois (depuis le 5 avril 2024)', 'Minstens 24 maanden (sinds 5 april 2024)', 'Mindestens 24 Monate (seit 5. April 2024)', 'At least 24 months (since 5 April 2024)'),
  access: 'sufficient-in-principle',
  accessQuote: "La carte H est en principe un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne en possession d'une carte H a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
  // The card H fiche lists no child among the dependants.
  dependants: ['spouse', 'ascendant', 'cohabitant'],
  warnings: {
    residenceRightAtRisk: [
      fiche('Carte électronique H › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "Le fait de bénéficier d'une aide sociale pourrait être un indice que la personne ne remplit plus les conditions."),
      fiche('Carte électronique H › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "L'une de ces conditions est un salaire annuel brut minimal que la personne doit percevoir."),
    ],
  },
});
