/** Card EU+ — EU citizen, permanent residence, replaces E+ since 10 May 2021. DOMAIN.md; vreemdelingenrecht.be. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardEPlus } from './card-e-plus';

export const cardEuPlus = successorOf(cardEPlus, {
  id: 'card-eu-plus',
  names: {
    official: text('Carte EU+ — Séjour permanent, art. 19 (remplace E+)', 'EU+-kaart — Duurzaam verblijf, art. 19 (vervangt E+)', 'EU+-Karte — Daueraufenthalt, Art. 19 (ersetzt E+)', 'EU+ card — Permanent residence, Art. 19 (replaces E+)'),
    short: text('Carte EU+', 'EU+-kaart', 'EU+-Karte', 'EU+ card'),
  },
  aliases: ['EU+', 'EU plus', 'carte EU+', 'EU+-kaart', 'EU+ kaart', 'EU+-Karte', 'EU+ card', 'séjour permanent', 'duurzaam verblijf', 'Daueraufenthalt', 'permanent residence', '32'],
  mark: 'EU+',
  what: text(
    'Citoyen de l’Union avec séjour permanent, registre de la population. Remplace la carte E+ depuis le 10 mai 2021.',
    'Burger van de Unie met duurzaam verblijf, bevolkingsregister. Vervangt de E+-kaart sinds 10 mei 2021.',
    'Unionsbürger mit Daueraufenthalt, Bevölkerungsregister. Ersetzt die E+-Karte seit dem 10. Mai 2021.',
    'EU citizen with permanent residence, population register. Replaces the E+ card since 10 May 2021.',
  ),
  cite: [cite('vreemdelingenrecht-eu-cards', 'Residence cards since 2021', 'replaces E+ since 10 May 2021')],
});
