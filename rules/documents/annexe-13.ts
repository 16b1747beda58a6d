/** Annexe 13 — order to leave the territory. DOMAIN.md; agii.be "Bijlage 13"; Medisch Steunpunt (extended order). */
import { amuFiche, cite } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

export const annexe13: DocumentRule = {
  id: 'annexe-13',
  group: 'no-document',
  names: {
    official: text('Annexe 13 — Ordre de quitter le territoire', 'Bijlage 13 — Bevel om het grondgebied te verlaten', 'Anlage 13 — Anordnung, das Staatsgebiet zu verlassen', 'Annex 13 — Order to leave the territory'),
    short: text('Annexe 13 (OQT)', 'Bijlage 13 (BGV)', 'Anlage 13', 'Annex 13 (order to leave)'),
  },
  aliases: ['annexe 13', 'bijlage 13', 'anlage 13', 'annex 13', '13quinquies', 'annexe 12', 'bijlage 12', 'ordre de quitter le territoire', 'OQT', 'bevel om het grondgebied te verlaten', 'BGV', 'Ausreiseanordnung', 'order to leave', 'débouté', 'uitgeprocedeerd', 'abgelehnt'],
  mark: '13',
  what: text(
    'Ordre de quitter le territoire. Une fois le délai dépassé : pas de séjour légal (AMU). Tant que le délai est prolongé : aide sociale ordinaire.',
    'Bevel om het grondgebied te verlaten. Na de termijn: geen wettig verblijf (DMH). Zolang de termijn verlengd is: gewone maatschappelijke dienstverlening.',
    'Ausreiseanordnung. Nach Fristablauf: kein legaler Aufenthalt (dringende medizinische Hilfe). Solange die Frist verlängert ist: normale Sozialhilfe.',
    'Order to leave the territory. Once the deadline has passed: no legal stay (urgent medical aid). While the deadline is extended: ordinary social aid.',
  ),
  whatCite: [cite('agii-annexe-13', 'Other documents', 'order to leave the territory (also 13quinquies, 12)'), amuFiche('Pouvez-vous avoir cette aide ?', 'un ordre de quitter le territoire')],
  nationalRegister: { value: 'no', cite: [cite('agii-annexe-13', 'Other documents', 'once the deadline has passed: no legal stay, AMU through the CPAS if indigent')] },
  insuranceAccess: { value: 'insufficient', cite: [cite('agii-annexe-13', 'Other documents', 'once the deadline has passed: no legal stay, AMU through the CPAS if indigent')] },
  holderQualities: { value: [], cite: [cite('agii-annexe-13', 'Other documents', 'once the deadline has passed: no legal stay')] },
  dependantQualities: { value: [], cite: [cite('agii-annexe-13', 'Other documents', 'once the deadline has passed: no legal stay')] },
  cpas: {
    value: { kind: 'order-to-leave' },
    cite: [
      cite('agii-annexe-13', 'Other documents', 'once the deadline has passed: no legal stay, AMU through the CPAS if indigent'),
      cite('steunpunt-amu', 'Changes since the seeds that move the bill', 'An extended order to leave is not irregular stay: while its deadline was extended, the person has ordinary CPAS social aid, not AMU only.'),
    ],
  },
  warnings: {},
};
