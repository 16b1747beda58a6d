/** Annexe 26 — first application for international protection. DOMAIN.md; agii.be "Wie betaalt welke medische kosten van een asielzoeker". */
import { cite, fiche } from '../sources/registry';
import { text } from '../i18n/text';
import type { DocumentRule } from '../schema/document-rule';

export const annexe26: DocumentRule = {
  id: 'annexe-26',
  group: 'paper',
  names: {
    official: text('Annexe 26 — Demande de protection internationale', 'Bijlage 26 — Verzoek om internationale bescherming', 'Anlage 26 — Antrag auf internationalen Schutz', 'Annex 26 — Application for international protection'),
    short: text('Annexe 26', 'Bijlage 26', 'Anlage 26', 'Annex 26'),
  },
  aliases: ['annexe 26', 'bijlage 26', 'anlage 26', 'annex 26', 'annexe 25', 'bijlage 25', '26quinquies', '26quater', 'Dublin', 'demande d’asile', 'asielaanvraag', 'Asylantrag', 'asylum application', 'demandeur d’asile', 'asielzoeker', 'Asylbewerber', 'asylum seeker', 'code 207'],
  mark: '26',
  what: text(
    'Première demande de protection internationale (25 : à la frontière ; 26quinquies : demande ultérieure). Mène à une carte orange ; registre d’attente.',
    'Eerste verzoek om internationale bescherming (25: aan de grens; 26quinquies: volgend verzoek). Leidt tot een oranje kaart; wachtregister.',
    'Erster Antrag auf internationalen Schutz (25: an der Grenze; 26quinquies: Folgeantrag). Führt zur orangen Karte; Warteregister.',
    'First application for international protection (25: at the border; 26quinquies: subsequent application). Leads to an orange card; waiting register.',
  ),
  whatCite: [cite('agii-asylum-costs', 'Other documents', 'first application for international protection (25: at the border; 26quinquies: subsequent application)')],
  nationalRegister: { value: 'yes', cite: [cite('agii-asylum-costs', 'Other documents', 'leads to an orange card'), fiche('Lexique › Registre national', "ceux qui ont introduit une demande de protection internationale")] },
  insuranceAccess: { value: 'insufficient', cite: [cite('agii-asylum-costs', 'Other documents', 'if insured through work, the insurer and Fedasil for the patient')] },
  holderQualities: { value: ['employed'], cite: [cite('agii-asylum-costs', 'Other documents', 'if insured through work, the insurer and Fedasil for the patient')] },
  dependantQualities: { value: [], cite: [cite('agii-asylum-costs', 'Other documents', 'if insured through work, the insurer and Fedasil for the patient')] },
  cpas: {
    value: { kind: 'full' },
    cite: [cite('agii-asylum-costs', 'Other documents', 'the CPAS where the code 207 is a CPAS-run local initiative or there is no code 207')],
  },
  warnings: {},
};
