/** Card F — residence card of a family member of an EU citizen. Seed 004, card F sections; DOMAIN.md (new titles, old layout lapsed). */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { CARD_DATA_TRANSFER_NOTE, electronicCard } from './electronic-card';
import { meansCondition, sppIsNote, tcnFamilyFirstMonthsLimit, tcnFamilyJobSeekerLimit } from './fiche-passages';

const F = 'Carte électronique F';

export const OLD_LAYOUT_F_CITE = cite('agii-f-card', 'Residence cards since 2021', 'old-layout F/F+ cards lapse on 3 August 2026 at the latest');

export const cardF = electronicCard({
  id: 'card-f',
  letter: 'F',
  names: {
    official: text('Carte F — Membre de la famille d’un citoyen de l’Union (art. 10 dir. 2004/38)', 'F-kaart — Familielid van een burger van de Unie (art. 10 richtl. 2004/38)', 'F-Karte — Familienangehöriger eines Unionsbürgers (Art. 10 RL 2004/38)', 'F card — Family member of an EU citizen (Art. 10 Dir. 2004/38)'),
    short: text('Carte F', 'F-kaart', 'F-Karte', 'F card'),
  },
  aliases: ['F', 'carte F', 'F-kaart', 'F kaart', 'F-Karte', 'F card', 'membre de la famille UE', 'familielid EU', 'Familienangehöriger', 'family member', '17', '35'],
  what: text(
    'Ressortissant de pays tiers membre de la famille d’un citoyen de l’Union ou d’un Belge. Séjour illimité mais conditionnel (regroupement familial).',
    'Derdelander, familielid van een burger van de Unie of van een Belg. Onbeperkt maar voorwaardelijk verblijf (gezinshereniging).',
    'Drittstaatsangehöriger, Familienangehöriger eines Unionsbürgers oder Belgiers. Unbefristeter, aber bedingter Aufenthalt (Familiennachzug).',
    'Third-country national, family member of an EU citizen or a Belgian. Unlimited but conditional stay (family reunification).',
  ),
  whatCite: [CARD_DATA_TRANSFER_NOTE('F', "Le titulaire d'une carte F a un droit de séjour d'une durée illimitée, mais conditionnel."), OLD_LAYOUT_F_CITE],
  access: 'sufficient-in-principle',
  accessQuote: "La carte F est en principe un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne munie d'une carte F a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente.",
  cpas: { kind: 'eu-limits', who: 'family-member' },
  cpasCite: [tcnFamilyJobSeekerLimit(F), tcnFamilyFirstMonthsLimit(F)],
  warnings: {
    residenceRightAtRisk: [meansCondition(F, "Le fait de bénéficier d'une aide sociale pourrait être un indice que les conditions du regroupement familial ne sont plus remplies.")],
    dataTransfer: { value: 'always', cite: [CARD_DATA_TRANSFER_NOTE('F', "Les ressortissants de pays tiers munis d'une carte F font l'objet de transferts automatiques de données personnelles du SPP-IS vers l'OE.")] },
    sppIsNote: [sppIsNote(F)],
  },
  lapsesForUk: true,
});
