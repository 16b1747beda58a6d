/** Why the CPAS aid is full, limited to AMU, absent, or depends on something (the AMU attestation's reason). */
import { text, type Text } from './text';

export const AID_REASONS = {
  noLegalStay: text(
    'Sans séjour légal : seule l’Aide médicale urgente est possible, sur attestation AMU d’un médecin.',
    'Zonder wettig verblijf: enkel dringende medische hulp is mogelijk, met een DMH-attest van een arts.',
    'Ohne legalen Aufenthalt: nur dringende medizinische Hilfe ist möglich, mit DMH-Bescheinigung eines Arztes.',
    'No legal stay: only Urgent Medical Aid is possible, with a doctor’s AMU attestation.',
  ),
  orderExpired: text(
    'Délai de l’ordre de quitter le territoire dépassé : séjour irrégulier, AMU seulement.',
    'Termijn van het bevel om het grondgebied te verlaten verstreken: illegaal verblijf, enkel DMH.',
    'Frist der Ausreiseanordnung abgelaufen: irregulärer Aufenthalt, nur DMH.',
    'The order-to-leave deadline has passed: irregular stay, AMU only.',
  ),
  orderExtended: text(
    'Délai de l’ordre de quitter prolongé : pas de séjour irrégulier, aide sociale ordinaire.',
    'Termijn van het bevel verlengd: geen illegaal verblijf, gewone maatschappelijke dienstverlening.',
    'Frist der Ausreiseanordnung verlängert: kein irregulärer Aufenthalt, normale Sozialhilfe.',
    'The order-to-leave deadline was extended: not irregular stay, ordinary social aid.',
  ),
  full: text(
    'Droit à l’aide sociale complète du CPAS : pas d’attestation AMU.',
    'Recht op volledige maatschappelijke dienstverlening: geen DMH-attest.',
    'Anspruch auf volle Sozialhilfe: keine DMH-Bescheinigung.',
    'Right to full CPAS social aid: no AMU attestation.',
  ),
  fullLimitedInPractice: text(
    'Droit à l’aide sociale en principe (pas d’attestation AMU), mais très limité en pratique pour un court séjour.',
    'Recht op maatschappelijke dienstverlening in principe (geen DMH-attest), maar zeer beperkt in de praktijk bij kort verblijf.',
    'Grundsätzlich Anspruch auf Sozialhilfe (keine DMH-Bescheinigung), bei Kurzaufenthalt praktisch sehr begrenzt.',
    'Right to social aid in principle (no AMU attestation), but very limited in practice on a short stay.',
  ),
  euJobSeeker: text(
    'Citoyen de l’Union demandeur d’emploi (ou membre de sa famille) : aide limitée à l’AMU.',
    'Werkzoekende burger van de Unie (of familielid): hulp beperkt tot DMH.',
    'Arbeitsuchender Unionsbürger (oder Familienangehöriger): Hilfe auf DMH beschränkt.',
    'EU citizen registered as a job-seeker (or a family member): aid limited to AMU.',
  ),
  euFirstMonths: text(
    'Citoyen de l’Union étudiant ou non actif (ou membre de sa famille), dans les trois premiers mois : aide limitée à l’AMU.',
    'Burger van de Unie student of niet-actief (of familielid), in de eerste drie maanden: hulp beperkt tot DMH.',
    'Unionsbürger als Student oder nicht erwerbstätig (oder Familienangehöriger), in den ersten drei Monaten: Hilfe auf DMH beschränkt.',
    'EU citizen registered as a student or inactive (or a family member), in the first three months: aid limited to AMU.',
  ),
  euAfterFirstMonths: text(
    'Citoyen de l’Union étudiant ou non actif après ses trois premiers mois : aide sociale complète.',
    'Burger van de Unie student of niet-actief na de eerste drie maanden: volledige hulp.',
    'Unionsbürger als Student oder nicht erwerbstätig nach den ersten drei Monaten: volle Hilfe.',
    'EU citizen registered as a student or inactive, past the first three months: full social aid.',
  ),
  euWorker: text(
    'Citoyen de l’Union travailleur (ou membre de sa famille) : aide sociale complète.',
    'Burger van de Unie werknemer of zelfstandige (of familielid): volledige hulp.',
    'Unionsbürger als Arbeitnehmer oder Selbständiger (oder Familienangehöriger): volle Hilfe.',
    'EU citizen registered as a worker or self-employed (or a family member): full social aid.',
  ),
  ownRight: text(
    'Séjour à titre propre, pas comme membre de la famille d’un citoyen de l’Union : aide sociale complète.',
    'Verblijf in eigen naam, niet als familielid van een burger van de Unie: volledige hulp.',
    'Aufenthalt aus eigenem Recht, nicht als Familienangehöriger eines Unionsbürgers: volle Hilfe.',
    'Staying in their own right, not as an EU citizen’s family member: full social aid.',
  ),
  familyOfBelgianAfter: text(
    'Membre de la famille d’un Belge après ses trois premiers mois : aide sociale complète.',
    'Familielid van een Belg na de eerste drie maanden: volledige hulp.',
    'Familienangehöriger eines Belgiers nach den ersten drei Monaten: volle Hilfe.',
    'Family member of a Belgian past the first three months: full social aid.',
  ),
  familyOfBelgianDisputed: text(
    'Membre de la famille d’un Belge dans ses trois premiers mois : AMU seulement selon le SPP IS, aide complète selon les tribunaux du travail.',
    'Familielid van een Belg in de eerste drie maanden: enkel DMH volgens de POD MI, volledige hulp volgens de arbeidsrechtbanken.',
    'Familienangehöriger eines Belgiers in den ersten drei Monaten: nur DMH laut ÖPD SE, volle Hilfe laut Arbeitsgerichten.',
    'Family member of a Belgian in the first three months: AMU only for the SPP IS, full aid for the labour courts.',
  ),
  unknownFacts: text(
    'Aide complète ou limitée à l’AMU : cela dépend de faits encore inconnus (voir les questions).',
    'Volledige hulp of beperkt tot DMH: hangt af van nog onbekende feiten (zie de vragen).',
    'Volle Hilfe oder nur DMH: hängt von noch unbekannten Tatsachen ab (siehe Fragen).',
    'Full aid or AMU only: it depends on facts still unknown (see the questions).',
  ),
  annexe15Case: text(
    'Annexe 15, case {case} : voir le résumé de la fiche.',
    'Bijlage 15, vak {case}: zie de samenvatting van de fiche.',
    'Anlage 15, Feld {case}: siehe Zusammenfassung des Merkblatts.',
    'Annex 15, box {case}: see the fiche’s summary.',
  ),
  annexe15Absence: text(
    'Annexe 15, case 3 : l’assistant social conclut que l’absence a dépassé la durée légale : AMU seulement.',
    'Bijlage 15, vak 3: de maatschappelijk werker besluit dat de afwezigheid de wettelijke duur overschreed: enkel DMH.',
    'Anlage 15, Feld 3: der Sozialarbeiter stellt fest, dass die Abwesenheit die gesetzliche Dauer überschritt: nur DMH.',
    'Annex 15, box 3: the social worker concluded the absence exceeded the legal duration: AMU only.',
  ),
  annexe15AnyBox: text(
    'Annexe 15, case encore inconnue : aucune case ne limite ici l’aide à l’AMU (sauf la case 5, travailleur frontalier : pas de CPAS) ; aide sociale complète si indigent, sans attestation AMU.',
    'Bijlage 15, vak nog onbekend: geen enkel vak beperkt hier de hulp tot DMH (behalve vak 5, grensarbeider: geen OCMW); volledige hulp indien behoeftig, zonder DMH-attest.',
    'Anlage 15, Feld noch unbekannt: kein Feld beschränkt hier die Hilfe auf DMH (außer Feld 5, Grenzgänger: kein ÖSHZ); volle Hilfe bei Bedürftigkeit, ohne DMH-Bescheinigung.',
    'Annex 15, box not known yet: no box limits the aid to AMU here (except box 5, frontier worker: no CPAS); full social aid if without resources, no AMU attestation.',
  ),
  annexe15Case7: text(
    'Annexe 15, case 7 (demande d’inscription) : aide sociale complète si l’analyse du CPAS conclut au droit.',
    'Bijlage 15, vak 7 (aanvraag inschrijving): volledige hulp als de analyse van het OCMW het recht bevestigt.',
    'Anlage 15, Feld 7 (Antrag auf Eintragung): volle Hilfe, wenn die Prüfung des ÖSHZ den Anspruch ergibt.',
    'Annex 15, box 7 (registration request): full aid if the CPAS’s analysis finds the right.',
  ),
  frontierWorker: text(
    'Travailleur frontalier : pas de droit à l’aide sociale ni à l’AMU.',
    'Grensarbeider: geen recht op maatschappelijke dienstverlening noch op DMH.',
    'Grenzgänger: kein Anspruch auf Sozialhilfe noch auf DMH.',
    'Frontier worker: no right to social aid nor to AMU.',
  ),
  swissUnknown: text(
    'Citoyen suisse : les sources ne disent pas si la limitation à l’AMU s’applique.',
    'Zwitserse burger: de bronnen zeggen niet of de beperking tot DMH geldt.',
    'Schweizer Bürger: die Quellen sagen nicht, ob die Beschränkung auf DMH gilt.',
    'Swiss citizen: the sources do not say whether the AMU limitation applies.',
  ),
  notIndigent: text(
    'Le patient a des ressources : pas de CPAS, donc pas d’attestation AMU.',
    'De patiënt heeft middelen: geen OCMW, dus geen DMH-attest.',
    'Der Patient hat Mittel: kein ÖSHZ, also keine DMH-Bescheinigung.',
    'The patient has resources: no CPAS, so no AMU attestation.',
  ),
  fedasilCompetent: text(
    'Fedasil est compétent : le CPAS n’intervient pas, pas d’attestation AMU.',
    'Fedasil is bevoegd: het OCMW komt niet tussen, geen DMH-attest.',
    'Fedasil ist zuständig: das ÖSHZ tritt nicht ein, keine DMH-Bescheinigung.',
    'Fedasil is competent: the CPAS does not step in; no AMU attestation.',
  ),
  detained: text(
    'L’Office des étrangers prend les soins en charge : pas de CPAS, pas d’attestation AMU.',
    'DVZ neemt de zorg ten laste: geen OCMW, geen DMH-attest.',
    'Das Ausländeramt übernimmt die Pflege: kein ÖSHZ, keine DMH-Bescheinigung.',
    'The Immigration Office bears the care: no CPAS, no AMU attestation.',
  ),
} as const satisfies Record<string, Text>;
