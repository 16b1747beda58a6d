/** The questions the verdict can ask, and their answers, in the clerk's words. */
import { text, type Text } from './text';
import type { FactId } from '../schema/facts';

export const QUESTIONS: Readonly<Record<FactId, Text>> = {
  nationality: text('Quelle est la nationalité du patient ?', 'Wat is de nationaliteit van de patiënt?', 'Welche Staatsangehörigkeit hat der Patient?', 'What is the patient’s nationality?'),
  annexe15Case: text('Quelle case est cochée sur l’annexe 15 (ou quel motif est écrit) ?', 'Welk vak is aangekruist op de bijlage 15 (of welke reden staat erop)?', 'Welches Feld ist auf der Anlage 15 angekreuzt (oder welcher Grund steht darauf)?', 'Which box is ticked on the Annex 15 (or which reason is written)?'),
  familyOf: text('Le droit de séjour vient-il d’un membre de la famille ? De qui ?', 'Komt het verblijfsrecht van een familielid? Van wie?', 'Beruht das Aufenthaltsrecht auf einem Familienangehörigen? Auf wem?', 'Does the right to stay come from a family member? Whose?'),
  euStatus: text('En quelle qualité le citoyen de l’Union est-il inscrit (le patient ou celui qu’il rejoint) ?', 'In welke hoedanigheid is de burger van de Unie ingeschreven (de patiënt of wie hij vervoegt)?', 'In welcher Eigenschaft ist der Unionsbürger angemeldet (der Patient oder die Person, der er nachzieht)?', 'In what quality is the EU citizen registered (the patient, or the person they join)?'),
  monthsInBelgium: text('Depuis combien de temps dure le séjour actuel en Belgique ?', 'Hoe lang duurt het huidige verblijf in België al?', 'Wie lange dauert der aktuelle Aufenthalt in Belgien schon?', 'How long has the current stay in Belgium lasted?'),
  indigent: text('Le patient est-il sans ressources (ne peut pas payer les soins, ou payer l’empêcherait de vivre dignement) ?', 'Is de patiënt zonder middelen (kan de zorg niet betalen, of betalen zou een menswaardig leven verhinderen)?', 'Ist der Patient mittellos (kann die Behandlung nicht bezahlen, oder Zahlen verhindert ein menschenwürdiges Leben)?', 'Is the patient without resources (cannot pay, or paying would prevent a life in dignity)?'),
  belgianInsurance: text('Le patient est-il déjà affilié à une mutualité ou à la CAAMI ? (vérifiez dans MyCareNet)', 'Is de patiënt al aangesloten bij een ziekenfonds of de HZIV? (controleer in MyCareNet)', 'Ist der Patient schon bei einer Krankenkasse oder der HKIV versichert? (in MyCareNet prüfen)', 'Is the patient already affiliated to a sickness fund or the CAAMI/HZIV? (check MyCareNet)'),
  employedInBelgium: text('Le patient travaille-t-il en Belgique (salarié ou indépendant, sécurité sociale belge) ?', 'Werkt de patiënt in België (werknemer of zelfstandige, Belgische sociale zekerheid)?', 'Arbeitet der Patient in Belgien (Arbeitnehmer oder Selbständiger, belgische Sozialversicherung)?', 'Does the patient work in Belgium (salaried or self-employed, Belgian social security)?'),
  higherEducationStudent: text('Le patient est-il inscrit dans l’enseignement supérieur de plein exercice agréé ?', 'Is de patiënt ingeschreven in erkend voltijds hoger onderwijs?', 'Ist der Patient an einer anerkannten Vollzeit-Hochschule eingeschrieben?', 'Is the patient enrolled in recognised full-time higher education?'),
  dependentOf: text('Le patient peut-il être inscrit à charge d’un assuré en Belgique ? Comme quoi ?', 'Kan de patiënt ingeschreven worden ten laste van een verzekerde in België? Als wat?', 'Kann der Patient bei einem in Belgien Versicherten mitversichert werden? Als was?', 'Can the patient be registered as a dependant of someone insured in Belgium? As what?'),
  unaccompaniedMinorConditions: text('MENA : fréquente-t-il l’école depuis 3 mois consécutifs (ou dispensé, ou présenté à l’ONE / Kind & Gezin) ?', 'NBMV: gaat hij 3 opeenvolgende maanden naar school (of vrijgesteld, of aangemeld bij ONE / Kind & Gezin)?', 'UMF: besucht er seit 3 Monaten die Schule (oder befreit, oder bei ONE / Kind & Gezin vorgestellt)?', 'Unaccompanied minor: at school for 3 consecutive months (or exempted, or presented to ONE / Kind & Gezin)?'),
  recognisedProtection: text('Réfugié reconnu ou protection subsidiaire, avec la décision du CGRA ou l’arrêt du CCE ?', 'Erkend vluchteling of subsidiaire bescherming, met de beslissing van het CGVS of het arrest van de RVV?', 'Anerkannter Flüchtling oder subsidiärer Schutz, mit Entscheidung des CGRS oder Urteil des RAS?', 'Recognised refugee or subsidiary protection, with the CGRA decision or CCE judgment?'),
  reception: text('Où le patient est-il accueilli (code 207) ?', 'Waar wordt de patiënt opgevangen (code 207)?', 'Wo wird der Patient aufgenommen (Code 207)?', 'Where is the patient housed (code 207)?'),
  absenceExceeded: text('L’assistant social du CPAS conclut-il que l’absence a dépassé la durée légale ?', 'Besluit de maatschappelijk werker van het OCMW dat de afwezigheid de wettelijke duur overschreed?', 'Stellt der Sozialarbeiter des ÖSHZ fest, dass die Abwesenheit die gesetzliche Dauer überschritt?', 'Did the CPAS social worker conclude that the absence exceeded the legal duration?'),
  foreignCoverage: text('Le patient montre-t-il une couverture d’un assureur étranger ?', 'Toont de patiënt een dekking van een buitenlandse verzekeraar?', 'Zeigt der Patient einen Nachweis einer ausländischen Krankenkasse?', 'Does the patient show cover from a foreign insurer?'),
  travelInsurance: text('Le patient a-t-il une assurance voyage privée ?', 'Heeft de patiënt een private reisverzekering?', 'Hat der Patient eine private Reiseversicherung?', 'Does the patient have a private travel insurance?'),
  care: text('Les soins sont-ils imprévus, ou le motif du voyage ?', 'Is de zorg onvoorzien, of de reden van de reis?', 'Ist die Behandlung unvorhergesehen oder der Grund der Reise?', 'Is the care unplanned, or the reason for the journey?'),
  attestationReason: text('Pourquoi le patient a-t-il une carte orange ?', 'Waarom heeft de patiënt een oranje kaart?', 'Warum hat der Patient eine orange Karte?', 'Why does the patient hold an orange card?'),
  orderToLeaveExtended: text('Le délai de l’ordre de quitter le territoire a-t-il été prolongé ?', 'Werd de termijn van het bevel om het grondgebied te verlaten verlengd?', 'Wurde die Frist der Ausreiseanordnung verlängert?', 'Was the order-to-leave deadline extended?'),
  detained: text('Le patient est-il détenu ou hébergé par l’Office des étrangers (centre fermé, centre de retour, unité familiale) ?', 'Wordt de patiënt vastgehouden of opgevangen door DVZ (gesloten centrum, terugkeercentrum, gezinswoning)?', 'Wird der Patient vom Ausländeramt festgehalten oder untergebracht (geschlossenes Zentrum, Rückkehrzentrum, Familieneinheit)?', 'Is the patient detained or housed by the Immigration Office (closed centre, return centre, family unit)?'),
  documentValidUntil: text('Jusqu’à quand le document est-il valable ?', 'Tot wanneer is het document geldig?', 'Bis wann ist das Dokument gültig?', 'Until when is the document valid?'),
};

const YES = text('Oui', 'Ja', 'Ja', 'Yes');
const NO = text('Non', 'Nee', 'Nein', 'No');

export const ANSWERS: { readonly [F in FactId]?: Readonly<Record<string, Text>> } = {
  annexe15Case: {
    '1': text('1 — établissement / résident de longue durée', '1 — vestiging / langdurig ingezetene', '1 — Niederlassung / Daueraufenthalt', '1 — settlement / long-term resident'),
    '2': text('2 — renouvellement', '2 — vernieuwing', '2 — Erneuerung', '2 — renewal'),
    '3': text('3 — retour après le délai légal', '3 — terugkeer na de wettelijke termijn', '3 — Rückkehr nach der Frist', '3 — return after the legal delay'),
    '4': text('4 — séjour permanent', '4 — duurzaam verblijf', '4 — Daueraufenthalt', '4 — permanent residence'),
    '5': text('5 — travailleur frontalier', '5 — grensarbeider', '5 — Grenzgänger', '5 — frontier worker'),
    '6': text('6 — procédure article 110bis', '6 — procedure artikel 110bis', '6 — Verfahren Artikel 110bis', '6 — article 110bis procedure'),
    '7': text('7 — demande d’inscription', '7 — aanvraag inschrijving', '7 — Antrag auf Eintragung', '7 — registration request'),
    '8': text('8 — en attente du document de séjour', '8 — in afwachting van het verblijfsdocument', '8 — wartet auf das Aufenthaltsdokument', '8 — waiting for the residence document'),
  },
  familyOf: {
    none: text('Non, à titre propre', 'Nee, in eigen naam', 'Nein, aus eigenem Recht', 'No, in their own right'),
    'eu-citizen': text('D’un citoyen de l’Union', 'Van een burger van de Unie', 'Eines Unionsbürgers', 'Of an EU citizen'),
    belgian: text('D’un Belge', 'Van een Belg', 'Eines Belgiers', 'Of a Belgian'),
    'third-country-national': text('D’un ressortissant de pays tiers', 'Van een derdelander', 'Eines Drittstaatsangehörigen', 'Of a third-country national'),
  },
  euStatus: {
    worker: text('Travailleur salarié', 'Werknemer', 'Arbeitnehmer', 'Worker'),
    'self-employed': text('Indépendant', 'Zelfstandige', 'Selbständiger', 'Self-employed'),
    'job-seeker': text('Demandeur d’emploi', 'Werkzoekende', 'Arbeitsuchender', 'Job-seeker'),
    student: text('Étudiant', 'Student', 'Student', 'Student'),
    inactive: text('Non actif (ressources suffisantes)', 'Niet-actief (voldoende middelen)', 'Nicht erwerbstätig (ausreichende Mittel)', 'Economically inactive (sufficient resources)'),
  },
  monthsInBelgium: {
    '1': text('Moins de 3 mois', 'Minder dan 3 maanden', 'Weniger als 3 Monate', 'Less than 3 months'),
    '3': text('3 mois ou plus', '3 maanden of meer', '3 Monate oder mehr', '3 months or more'),
  },
  indigent: { true: text('Oui, sans ressources', 'Ja, zonder middelen', 'Ja, mittellos', 'Yes, without resources'), false: text('Non, il peut payer', 'Nee, kan betalen', 'Nein, kann zahlen', 'No, can pay') },
  belgianInsurance: {
    affiliated: text('Oui, affilié', 'Ja, aangesloten', 'Ja, versichert', 'Yes, affiliated'),
    'not-affiliated': text('Non, pas affilié', 'Nee, niet aangesloten', 'Nein, nicht versichert', 'No, not affiliated'),
  },
  employedInBelgium: { true: YES, false: NO },
  higherEducationStudent: { true: YES, false: NO },
  dependentOf: {
    spouse: text('Conjoint cohabitant', 'Samenwonende echtgeno(o)t(e)', 'Zusammenlebender Ehegatte', 'Cohabiting spouse'),
    ascendant: text('Ascendant cohabitant', 'Samenwonende ascendent', 'Zusammenlebender Verwandter aufsteigender Linie', 'Cohabiting ascendant'),
    cohabitant: text('Cohabitant', 'Samenwonende', 'Mitbewohner', 'Cohabitant'),
    child: text('Enfant de moins de 25 ans', 'Kind jonger dan 25', 'Kind unter 25', 'Child under 25'),
  },
  unaccompaniedMinorConditions: { true: YES, false: NO },
  recognisedProtection: { true: YES, false: NO },
  reception: {
    'collective-centre': text('Centre d’accueil collectif', 'Collectief opvangcentrum', 'Kollektives Aufnahmezentrum', 'Collective reception centre'),
    'local-initiative': text('Initiative locale d’accueil (pas d’un CPAS)', 'Lokaal opvanginitiatief (niet van een OCMW)', 'Lokale Aufnahmeinitiative (nicht eines ÖSHZ)', 'Local reception initiative (not run by a CPAS)'),
    'cpas-local-initiative': text('Initiative locale d’accueil d’un CPAS', 'Lokaal opvanginitiatief van een OCMW', 'Lokale Aufnahmeinitiative eines ÖSHZ', 'Local reception initiative run by a CPAS'),
    'no-show': text('Code 207 « no show » (hors réseau d’accueil)', 'Code 207 "no show" (buiten het opvangnetwerk)', 'Code 207 „no show“ (außerhalb des Aufnahmenetzes)', 'Code 207 "no show" (outside the reception network)'),
    none: text('Pas de code 207', 'Geen code 207', 'Kein Code 207', 'No code 207'),
  },
  absenceExceeded: { true: YES, false: NO },
  foreignCoverage: {
    ehic: text('Carte européenne (CEAM)', 'Europese kaart (EZVK)', 'Europäische Karte (EKVK)', 'European card (EHIC)'),
    'replacement-certificate': text('Attestation de remplacement de la CEAM', 'Vervangend certificaat van de EZVK', 'Ersatzbescheinigung der EKVK', 'EHIC replacement certificate'),
    s2: text('Formulaire S2', 'Formulier S2', 'Formular S2', 'S2 form'),
    'treaty-attestation': text('Attestation d’un pays à convention', 'Attest van een verdragsland', 'Bescheinigung eines Abkommensstaates', 'Attestation from an agreement country'),
    none: text('Aucune', 'Geen', 'Keine', 'None'),
  },
  travelInsurance: { true: YES, false: NO },
  care: {
    unplanned: text('Imprévus', 'Onvoorzien', 'Unvorhergesehen', 'Unplanned'),
    'planned-hospital': text('Programmés, à l’hôpital', 'Gepland, in het ziekenhuis', 'Geplant, im Krankenhaus', 'Planned, in hospital'),
    'planned-ambulatory': text('Programmés, ambulatoires', 'Gepland, ambulant', 'Geplant, ambulant', 'Planned, ambulatory'),
  },
  attestationReason: {
    'international-protection': text('Protection internationale (asile)', 'Internationale bescherming (asiel)', 'Internationaler Schutz (Asyl)', 'International protection (asylum)'),
    'medical-regularisation': text('Régularisation médicale 9ter recevable', 'Medische regularisatie 9ter ontvankelijk', 'Medizinische Regularisierung 9ter zulässig', 'Admissible 9ter medical regularisation'),
    'family-reunification': text('Regroupement familial', 'Gezinshereniging', 'Familiennachzug', 'Family reunification'),
    student: text('Étudiant', 'Student', 'Student', 'Student'),
    'trafficking-victim': text('Victime de la traite', 'Slachtoffer mensenhandel', 'Opfer von Menschenhandel', 'Victim of trafficking'),
    'unaccompanied-minor': text('Mineur non accompagné (MENA)', 'Niet-begeleide minderjarige (NBMV)', 'Unbegleiteter Minderjähriger', 'Unaccompanied minor'),
  },
  orderToLeaveExtended: { true: text('Oui, prolongé', 'Ja, verlengd', 'Ja, verlängert', 'Yes, extended'), false: text('Non, délai dépassé', 'Nee, termijn verstreken', 'Nein, Frist abgelaufen', 'No, deadline passed') },
  detained: { true: YES, false: NO },
};

export const DONT_KNOW = text('Je ne sais pas', 'Weet ik niet', 'Weiß nicht', 'Don’t know');

/** The question an expired document raises. */
export const EXPIRED = {
  question: text(
    'Le document est expiré. Qu’a le patient aujourd’hui ?',
    'Het document is verlopen. Wat heeft de patiënt vandaag?',
    'Das Dokument ist abgelaufen. Was hat der Patient heute?',
    'The document has expired. What does the patient have today?',
  ),
  keep: text(
    'Renouvellement en cours (hospitalisé : dispensé du renouvellement à temps) — garder ce document',
    'Vernieuwing lopende (opgenomen: vrijgesteld van tijdige vernieuwing) — dit document behouden',
    'Erneuerung läuft (stationär: von fristgerechter Erneuerung befreit) — dieses Dokument behalten',
    'Renewal under way (hospitalised: exempt from renewing on time) — keep this document',
  ),
  annexe15: text('La commune a délivré une annexe 15', 'De gemeente heeft een bijlage 15 afgegeven', 'Die Gemeinde hat eine Anlage 15 ausgestellt', 'The commune issued an Annex 15'),
  none: text('Plus de séjour légal', 'Geen wettig verblijf meer', 'Kein legaler Aufenthalt mehr', 'No legal stay any more'),
} as const;
