/** Annexe 8quater — 45-day paper certificate while the EU+ card is made: treated as card EU+. DOMAIN.md; vlavabbs.be 2021-05-16. */
import { cite } from '../sources/registry';
import { text } from '../i18n/text';
import { successorOf } from './electronic-card';
import { cardEuPlus } from './card-eu-plus';

export const annexe8quater = successorOf(cardEuPlus, {
  id: 'annexe-8quater',
  group: 'paper',
  names: {
    official: text('Annexe 8quater — Attestation provisoire (carte EU+ en cours de fabrication)', 'Bijlage 8quater — Voorlopig attest (EU+-kaart in aanmaak)', 'Anlage 8quater — Vorläufige Bescheinigung (EU+-Karte in Herstellung)', 'Annex 8quater — Provisional certificate (EU+ card being made)'),
    short: text('Annexe 8quater', 'Bijlage 8quater', 'Anlage 8quater', 'Annex 8quater'),
  },
  aliases: ['annexe 8quater', 'bijlage 8quater', 'anlage 8quater', 'annex 8quater', '8quater', 'attestation provisoire EU+', 'voorlopig attest EU+'],
  mark: '8quater',
  what: text(
    'Certificat papier valable 45 jours pendant la fabrication de la carte EU+ : mêmes règles que la carte EU+.',
    'Papieren attest, 45 dagen geldig terwijl de EU+-kaart wordt gemaakt: zelfde regels als de EU+-kaart.',
    'Papierbescheinigung, 45 Tage gültig, während die EU+-Karte hergestellt wird: gleiche Regeln wie die EU+-Karte.',
    'Paper certificate valid 45 days while the EU+ card is made: same rules as the EU+ card.',
  ),
  validity: text('45 jours', '45 dagen', '45 Tage', '45 days'),
  cite: [cite('vlavabbs-8ter', 'Residence cards since 2021', 'paper certificate valid 45 days while the EU / EU+ card is made')],
});
