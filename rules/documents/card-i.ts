/** Card I — intra-corporate transferee (ICT). DOMAIN.md; burgerzaken.vlaanderen 2021-12-22. */
import { text } from '../i18n/text';
import { ictCard } from './ict-card';

export const cardI = ictCard('card-i', 'I', {
  official: text('Carte I — Transfert temporaire intragroupe (ICT)', 'I-kaart — Binnen een onderneming overgeplaatste werknemer (ICT)', 'I-Karte — Unternehmensintern transferierter Arbeitnehmer (ICT)', 'I card — Intra-corporate transferee (ICT)'),
  short: text('Carte I', 'I-kaart', 'I-Karte', 'I card'),
}, ['20']);
