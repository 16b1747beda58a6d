/** Card E — EU citizen registration (replaced by card EU since 10 May 2021). Seed 004, card E sections. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { CARD_DATA_TRANSFER_NOTE, electronicCard } from './electronic-card';
import { euFirstMonthsLimit, euJobSeekerLimit, meansCondition, sppIsNote } from './fiche-passages';

const F = 'Carte électronique E';

export const cardE = electronicCard({
  id: 'card-e',
  letter: 'E',
  replacedBy: 'card-eu',
  names: {
    official: text('Carte E — Attestation d’enregistrement, citoyen de l’Union (ancien modèle, remplacée par EU)', 'E-kaart — Verklaring van inschrijving, burger van de Unie (oud model, vervangen door EU)', 'E-Karte — Anmeldebescheinigung, Unionsbürger (altes Modell, ersetzt durch EU)', 'E card — Registration certificate, EU citizen (old model, replaced by EU)'),
    short: text('Carte E', 'E-kaart', 'E-Karte', 'E card'),
  },
  aliases: ['E', 'carte E', 'E-kaart', 'E kaart', 'E-Karte', 'E card', 'attestation d’enregistrement', 'verklaring van inschrijving', 'Anmeldebescheinigung', 'registration certificate', 'citoyen UE', 'EU-burger', '15'],
  what: text(
    'Citoyen de l’Union inscrit pour plus de trois mois. Droit de séjour illimité mais conditionnel (libre circulation). Remplacée par la carte EU.',
    'Burger van de Unie ingeschreven voor meer dan drie maanden. Onbeperkt maar voorwaardelijk verblijfsrecht (vrij verkeer). Vervangen door de EU-kaart.',
    'Unionsbürger, angemeldet für mehr als drei Monate. Unbefristetes, aber bedingtes Aufenthaltsrecht (Freizügigkeit). Ersetzt durch die EU-Karte.',
    'EU citizen registered for more than three months. Unlimited but conditional right of residence (free movement). Replaced by the EU card.',
  ),
  whatCite: [CARD_DATA_TRANSFER_NOTE('E', "Le titulaire d'une carte E a un droit de séjour d'une durée illimitée, mais conditionnel.")],
  access: 'sufficient',
  accessQuote: "La carte E est un document de séjour suffisant pour ouvrir le droit à l'assurance-maladie.",
  cpasQuote: "La personne munie d'une carte E a droit à l'aide sociale du CPAS pour les soins médicaux (dans certains cas limitée à l'AMU) si elle est indigente.",
  cpas: { kind: 'eu-limits', who: 'eu-citizen-or-family' },
  cpasCite: [euJobSeekerLimit(F), euFirstMonthsLimit(F)],
  warnings: {
    residenceRightAtRisk: [meansCondition(F, "Le fait de bénéficier d'une aide sociale pourrait être un indice que les conditions du séjour ne sont plus remplies.")],
    dataTransfer: { value: 'always', cite: [CARD_DATA_TRANSFER_NOTE('E', "Les citoyens de l'Union munis d'une carte E font l'objet de transferts automatiques de données personnelles du SPP-IS vers l'OE.")] },
    sppIsNote: [sppIsNote(F)],
  },
  lapsesForUk: true,
  registerCite: [cite('vreemdelingenrecht-eu-cards', 'Residence cards since 2021', 'replaces card E since 10 May 2021; same legal scope')],
});
