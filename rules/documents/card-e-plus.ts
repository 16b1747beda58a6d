/** Card E+ — EU citizen, permanent residence (replaced by card EU+ since 10 May 2021). Seed 004, card E+ sections. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { electronicCard } from './electronic-card';

export const cardEPlus = electronicCard({
  id: 'card-e-plus',
  letter: 'E+',
  replacedBy: 'card-eu-plus',
  names: {
    official: text('Carte E+ — Séjour permanent, citoyen de l’Union (ancien modèle, remplacée par EU+)', 'E+-kaart — Duurzaam verblijf, burger van de Unie (oud model, vervangen door EU+)', 'E+-Karte — Daueraufenthalt, Unionsbürger (altes Modell, ersetzt durch EU+)', 'E+ card — Permanent residence, EU citizen (old model, replaced by EU+)'),
    short: text('Carte E+', 'E+-kaart', 'E+-Karte', 'E+ card'),
  },
  aliases: ['E+', 'E plus', 'carte E+', 'E+-kaart', 'E+ kaart', 'E+-Karte', 'E+ card', 'séjour permanent', 'duurzaam verblijf', 'Daueraufenthalt', 'permanent residence', '16'],
  what: text(
    'Citoyen de l’Union avec un droit de séjour permanent. Remplacée par la carte EU+.',
    'Burger van de Unie met duurzaam verblijfsrecht. Vervangen door de EU+-kaart.',
    'Unionsbürger mit Daueraufenthaltsrecht. Ersetzt durch die EU+-Karte.',
    'EU citizen with permanent residence. Replaced by the EU+ card.',
  ),
  whatCite: [cite('vreemdelingenrecht-eu-cards', 'Residence cards since 2021', 'replaces E+ since 10 May 2021')],
  access: 'sufficient-in-principle',
  accessQuote: "La carte E+ est en principe un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne munie d'une carte E+ a droit à l'aide sociale du CPAS pour les soins médicaux si elle est indigente.",
  lapsesForUk: true,
});
