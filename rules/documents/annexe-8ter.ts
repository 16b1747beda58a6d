/** Annexe 8ter — 45-day paper certificate while the EU card is made: treated as card EU. DOMAIN.md; vlavabbs.be 2021-05-16. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardEu } from './card-eu';

export const annexe8ter = successorOf(cardEu, {
  id: 'annexe-8ter',
  group: 'paper',
  names: {
    official: text('Annexe 8ter — Attestation provisoire (carte EU en cours de fabrication)', 'Bijlage 8ter — Voorlopig attest (EU-kaart in aanmaak)', 'Anlage 8ter — Vorläufige Bescheinigung (EU-Karte in Herstellung)', 'Annex 8ter — Provisional certificate (EU card being made)'),
    short: text('Annexe 8ter', 'Bijlage 8ter', 'Anlage 8ter', 'Annex 8ter'),
  },
  aliases: ['annexe 8ter', 'bijlage 8ter', 'anlage 8ter', 'annex 8ter', '8ter', 'attestation provisoire EU', 'voorlopig attest EU'],
  mark: '8ter',
  what: text(
    'Certificat papier valable 45 jours pendant la fabrication de la carte EU : mêmes règles que la carte EU.',
    'Papieren attest, 45 dagen geldig terwijl de EU-kaart wordt gemaakt: zelfde regels als de EU-kaart.',
    'Papierbescheinigung, 45 Tage gültig, während die EU-Karte hergestellt wird: gleiche Regeln wie die EU-Karte.',
    'Paper certificate valid 45 days while the EU card is made: same rules as the EU card.',
  ),
  validity: text('45 jours', '45 dagen', '45 Tage', '45 days'),
  cite: [cite('vlavabbs-8ter', 'Residence cards since 2021', 'paper certificate valid 45 days while the EU / EU+ card is made')],
});
