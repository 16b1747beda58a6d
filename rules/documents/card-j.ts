/** Card J — long-term mobility of an intra-corporate transferee. DOMAIN.md; burgerzaken.vlaanderen 2021-12-22. */
import { text } from '../i18n/text';
import { ictCard } from './ict-card';

export const cardJ = ictCard('card-j', 'J', {
  official: text('Carte J — Mobilité de longue durée ICT', 'J-kaart — Langetermijnmobiliteit ICT', 'J-Karte — Langfristige Mobilität ICT', 'J card — Long-term mobility ICT'),
  short: text('Carte J', 'J-kaart', 'J-Karte', 'J card'),
}, ['21', 'mobile ICT']);
