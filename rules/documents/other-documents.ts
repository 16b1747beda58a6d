/**
 * Documents outside the seed fiches (DOMAIN.md, "Other documents"): annexe 26 (asylum
 * application), annexe 13 (order to leave), temporary protection (Ukraine), Belgian eID.
 */
import { amuFiche, cite, fiche } from '../sources/registry';
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

const tpCite = cite('medimmigrant-ukraine', 'Other documents', 'free affiliation to a Belgian insurer as resident with increased reimbursement; before affiliation the CPAS');

export const temporaryProtection: DocumentRule = {
  id: 'temporary-protection',
  group: 'paper',
  names: {
    official: text('Attestation de protection temporaire (Ukraine)', 'Attest tijdelijke bescherming (Oekraïne)', 'Bescheinigung über vorübergehenden Schutz (Ukraine)', 'Temporary protection certificate (Ukraine)'),
    short: text('Protection temporaire', 'Tijdelijke bescherming', 'Vorübergehender Schutz', 'Temporary protection'),
  },
  aliases: ['protection temporaire', 'tijdelijke bescherming', 'vorübergehender Schutz', 'temporary protection', 'Ukraine', 'Oekraïne', 'ukrainien', 'Oekraïens', 'Ukrainian', 'réfugié ukrainien'],
  mark: 'UA',
  what: text(
    'Personne ayant fui l’Ukraine, avec une attestation de protection temporaire, puis une carte A. Affiliation gratuite à une mutualité comme résident.',
    'Persoon op de vlucht uit Oekraïne, met een attest tijdelijke bescherming, daarna een A-kaart. Gratis aansluiting bij een ziekenfonds als resident.',
    'Aus der Ukraine geflüchtete Person mit Bescheinigung über vorübergehenden Schutz, danach A-Karte. Kostenlose Versicherung bei einer Krankenkasse als Einwohner.',
    'Person who fled Ukraine, with a temporary protection certificate, then an A card. Free affiliation to a sickness fund as a resident.',
  ),
  whatCite: [cite('medimmigrant-ukraine', 'Other documents', 'attestation of temporary protection (people fleeing Ukraine), then an A card')],
  nationalRegister: { value: 'yes', cite: [tpCite] },
  insuranceAccess: { value: 'sufficient', cite: [tpCite] },
  holderQualities: { value: ['registered-resident'], cite: [tpCite] },
  dependantQualities: { value: [], cite: [tpCite] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
  cpas: { value: { kind: 'full' }, cite: [tpCite] },
  warnings: {},
};

const eidCite = cite('domain-notes', 'Other documents', 'Belgian identity card or Kids-ID');

export const belgianEid: DocumentRule = {
  id: 'belgian-eid',
  group: 'card',
  names: {
    official: text('Carte d’identité belge (eID, Kids-ID)', 'Belgische identiteitskaart (eID, Kids-ID)', 'Belgischer Personalausweis (eID, Kids-ID)', 'Belgian identity card (eID, Kids-ID)'),
    short: text('eID belge', 'Belgische eID', 'Belgische eID', 'Belgian eID'),
  },
  aliases: ['eID', 'carte d’identité', 'identiteitskaart', 'Personalausweis', 'identity card', 'Kids-ID', 'belge', 'Belg', 'Belgier', 'Belgian'],
  mark: 'BE',
  what: text(
    'Belge : en principe affilié à une mutualité belge.',
    'Belg: in principe aangesloten bij een Belgisch ziekenfonds.',
    'Belgier: grundsätzlich bei einer belgischen Krankenkasse versichert.',
    'Belgian: in principle affiliated to a Belgian sickness fund.',
  ),
  whatCite: [eidCite],
  nationalRegister: { value: 'yes', cite: [eidCite] },
  insuranceAccess: { value: 'sufficient', cite: [cite('domain-notes', 'Other documents', 'the patient\'s Belgian insurer')] },
  holderQualities: { value: ['employed', 'higher-education-student', 'registered-resident'], cite: [eidCite] },
  dependantQualities: { value: ['spouse', 'ascendant', 'cohabitant', 'child'], cite: [eidCite] },
  qualityWithDocument: { quality: 'registered-resident', when: { kind: 'always' } },
  cpas: { value: { kind: 'full' }, cite: [fiche('Annexe 3 › PRISE EN CHARGE DES SOINS MÉDICAUX PAR LE CPAS', "L'article 1er de la loi organique des CPAS dispose que toute personne a droit à l'aide sociale.")] },
  warnings: {},
};
