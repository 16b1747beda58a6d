/** Names, reasons and actions of the payers, in the clerk's words (FR / NL / DE / EN). */
import { text, type Text } from './text';

import { PAYER_IDS, type PayerId } from '../schema/facts';

export { PAYER_IDS, type PayerId };

export const PAYER_NAMES: Readonly<Record<PayerId, Text>> = {
  'immigration-office': text('Office des étrangers (OE)', 'Dienst Vreemdelingenzaken (DVZ)', 'Ausländeramt (DVZ/OE)', 'Immigration Office (DVZ/OE)'),
  'belgian-insurer': text('Mutualité / CAAMI (assurance belge)', 'Ziekenfonds / HZIV (Belgische verzekering)', 'Krankenkasse / HKIV (belgische Versicherung)', 'Belgian insurer (sickness fund / CAAMI-HZIV)'),
  s2: text('Assureur étranger via le formulaire S2', 'Buitenlandse verzekeraar via formulier S2', 'Ausländische Krankenkasse über Formular S2', 'Foreign insurer through an S2'),
  ehic: text('Assureur étranger via la CEAM', 'Buitenlandse verzekeraar via de EZVK', 'Ausländische Krankenkasse über die EKVK', 'Foreign insurer through the EHIC'),
  treaty: text('Assureur étranger (convention bilatérale)', 'Buitenlandse verzekeraar (bilateraal verdrag)', 'Ausländische Krankenkasse (bilaterales Abkommen)', 'Foreign insurer (bilateral agreement)'),
  'travel-insurance': text('Assurance voyage privée', 'Private reisverzekering', 'Private Reiseversicherung', 'Private travel insurance'),
  fedasil: text('Fedasil', 'Fedasil', 'Fedasil', 'Fedasil'),
  cpas: text('CPAS — aide sociale complète', 'OCMW — volledige maatschappelijke dienstverlening', 'ÖSHZ — volle Sozialhilfe', 'CPAS/OCMW — full social aid'),
  'cpas-amu': text('CPAS — Aide médicale urgente (AMU)', 'OCMW — Dringende medische hulp (DMH)', 'ÖSHZ — Dringende medizinische Hilfe', 'CPAS/OCMW — Urgent Medical Aid (AMU)'),
  patient: text('Le patient', 'De patiënt', 'Der Patient', 'The patient'),
};

/** The CPAS while full aid or AMU only is still undecided (the list then holds `cpas`). */
export const CPAS_UNDECIDED_NAME = text('CPAS — aide complète ou AMU (à préciser)', 'OCMW — volledige hulp of DMH (te bepalen)', 'ÖSHZ — volle Hilfe oder DMH (zu klären)', 'CPAS/OCMW — full aid or AMU (to be settled)');

export const WHY = {
  detained: text(
    'Personne détenue ou hébergée par l’Office des étrangers (centre fermé, centre de retour ouvert, unité familiale) : le service médical du centre organise les soins, l’Office paie.',
    'Persoon vastgehouden of opgevangen door DVZ (gesloten centrum, open terugkeercentrum, gezinswoning): de medische dienst van het centrum regelt de zorg, DVZ betaalt.',
    'Vom Ausländeramt festgehaltene oder untergebrachte Person (geschlossenes Zentrum, offenes Rückkehrzentrum, Familieneinheit): der medizinische Dienst des Zentrums organisiert die Pflege, das Amt zahlt.',
    'Detained or housed by the Immigration Office (closed centre, open return centre, family unit): the centre’s medical service arranges the care; the Office pays.',
  ),
  affiliated: text(
    'Le patient est affilié à un organisme assureur belge : il paie la plus grande partie des frais.',
    'De patiënt is aangesloten bij een Belgisch ziekenfonds: dat betaalt het grootste deel van de kosten.',
    'Der Patient ist bei einer belgischen Krankenkasse versichert: sie zahlt den Großteil der Kosten.',
    'The patient is affiliated to a Belgian insurer: it pays most of the costs.',
  ),
  qualityOpens: text(
    'Ce document, avec la qualité {quality}, ouvre le droit à l’assurance belge : faites affilier le patient.',
    'Dit document, met de hoedanigheid {quality}, opent het recht op de Belgische verzekering: laat de patiënt aansluiten.',
    'Dieses Dokument eröffnet mit der Eigenschaft {quality} den Anspruch auf die belgische Versicherung: lassen Sie den Patienten versichern.',
    'This document, with the quality {quality}, opens Belgian insurance: have the patient affiliated.',
  ),
  s2: text(
    'Soins programmés avec une autorisation préalable S2 : l’assureur étranger paie.',
    'Geplande zorg met een voorafgaande toestemming S2: de buitenlandse verzekeraar betaalt.',
    'Geplante Behandlung mit Vorabgenehmigung S2: die ausländische Krankenkasse zahlt.',
    'Planned care with an S2 prior authorisation: the foreign insurer pays.',
  ),
  ehic: text(
    'Soins non programmés avec une CEAM (ou attestation de remplacement) : remboursement aux tarifs belges.',
    'Niet-geplande zorg met een EZVK (of vervangend certificaat): terugbetaling tegen Belgische tarieven.',
    'Ungeplante Behandlung mit EKVK (oder Ersatzbescheinigung): Erstattung zu belgischen Tarifen.',
    'Unplanned care with an EHIC (or replacement certificate): reimbursed at Belgian tariffs.',
  ),
  treaty: text(
    'Attestation de l’assureur d’un pays lié par une convention bilatérale : couverture selon la convention.',
    'Attest van de verzekeraar van een verdragsland: dekking volgens het verdrag.',
    'Bescheinigung der Krankenkasse eines Abkommensstaates: Deckung nach dem Abkommen.',
    'Attestation from the insurer of a bilateral-agreement country: cover as the agreement provides.',
  ),
  travelInsurance: text(
    'Assurance voyage privée : intervient surtout en cas de maladie soudaine, d’accident ou de rapatriement.',
    'Private reisverzekering: komt vooral tussen bij plotse ziekte, ongeval of repatriëring.',
    'Private Reiseversicherung: zahlt vor allem bei plötzlicher Krankheit, Unfall oder Rückführung.',
    'Private travel insurance: mostly pays for sudden illness, accident or repatriation.',
  ),
  fedasil: text(
    'Bénéficiaire de l’accueil (code 207 dans une structure Fedasil ou « no show ») : Fedasil est compétent.',
    'Begunstigde van de opvang (code 207 in een Fedasil-structuur of "no show"): Fedasil is bevoegd.',
    'Empfänger der Aufnahme (Code 207 in einer Fedasil-Struktur oder „no show“): Fedasil ist zuständig.',
    'Reception beneficiary (code 207 in a Fedasil place, or "no show"): Fedasil is competent.',
  ),
  fedasilShare: text(
    'Assuré en Belgique et bénéficiaire de l’accueil : Fedasil paie le ticket modérateur.',
    'Verzekerd in België en begunstigde van de opvang: Fedasil betaalt het remgeld.',
    'In Belgien versichert und Empfänger der Aufnahme: Fedasil zahlt den Eigenanteil.',
    'Insured in Belgium and a reception beneficiary: Fedasil pays the patient’s share (co-payment).',
  ),
  cpasFull: text(
    'Droit à l’aide sociale complète du CPAS s’il est indigent (résiduaire : après tous les autres payeurs).',
    'Recht op volledige maatschappelijke dienstverlening van het OCMW indien behoeftig (residuair: na alle andere betalers).',
    'Anspruch auf volle Sozialhilfe des ÖSHZ bei Bedürftigkeit (nachrangig: nach allen anderen Kostenträgern).',
    'Right to full CPAS social aid if without resources (residual: after every other payer).',
  ),
  cpasAmu: text(
    'Droit limité à l’Aide médicale urgente du CPAS s’il est indigent : un médecin doit remplir une attestation AMU.',
    'Recht beperkt tot dringende medische hulp van het OCMW indien behoeftig: een arts moet een DMH-attest invullen.',
    'Anspruch auf dringende medizinische Hilfe des ÖSHZ bei Bedürftigkeit: ein Arzt muss eine DMH-Bescheinigung ausfüllen.',
    'Right limited to the CPAS’s Urgent Medical Aid if without resources: a doctor must fill an AMU attestation.',
  ),
  cpasDepends: text(
    'Le CPAS peut intervenir s’il est indigent ; aide complète ou limitée à l’AMU selon des faits encore inconnus ou contestés.',
    'Het OCMW kan tussenkomen indien behoeftig; volledige hulp of beperkt tot DMH, afhankelijk van nog onbekende of betwiste feiten.',
    'Das ÖSHZ kann bei Bedürftigkeit eintreten; volle Hilfe oder nur dringende medizinische Hilfe, je nach noch unbekannten oder strittigen Tatsachen.',
    'The CPAS may pay if without resources; full aid or AMU only, depending on facts still unknown or disputed.',
  ),
  patient: text(
    'Le patient paie ce qu’aucun autre payeur ne couvre.',
    'De patiënt betaalt wat geen andere betaler dekt.',
    'Der Patient zahlt, was kein anderer Kostenträger übernimmt.',
    'The patient pays what no other payer covers.',
  ),
} as const satisfies Record<string, Text>;

export const ACTIONS = {
  immigrationOffice: text(
    'Contactez le service médical du centre ; facturez à l’Office des étrangers.',
    'Contacteer de medische dienst van het centrum; factureer aan DVZ.',
    'Kontaktieren Sie den medizinischen Dienst des Zentrums; Rechnung an das Ausländeramt.',
    'Contact the centre’s medical service; bill the Immigration Office.',
  ),
  checkMyCareNet: text(
    'Vérifiez d’abord l’assurabilité dans MyCareNet : l’assurance belge peut survivre au séjour légal.',
    'Controleer eerst de verzekerbaarheid in MyCareNet: de Belgische verzekering kan het wettig verblijf overleven.',
    'Prüfen Sie zuerst die Versicherbarkeit in MyCareNet: die belgische Versicherung kann den legalen Aufenthalt überdauern.',
    'Check insurability in MyCareNet first: Belgian insurance can outlast legal stay.',
  ),
  affiliate: text(
    'Faites affilier le patient à une mutualité ou à la CAAMI (cotisation éventuelle ; réduction possible sans revenus).',
    'Laat de patiënt aansluiten bij een ziekenfonds of de HZIV (eventueel bijdrage; vermindering mogelijk zonder inkomen).',
    'Lassen Sie den Patienten bei einer Krankenkasse oder der HKIV versichern (ggf. Beitrag; Ermäßigung ohne Einkommen möglich).',
    'Have the patient affiliated to a sickness fund or the CAAMI/HZIV (a contribution may be due; reduced without income).',
  ),
  copyS2: text(
    'Copiez le formulaire S2 ; facturez via un organisme assureur belge (mutualité ou CAAMI).',
    'Kopieer het formulier S2; factureer via een Belgisch ziekenfonds of de HZIV.',
    'Kopieren Sie das Formular S2; Abrechnung über eine belgische Krankenkasse oder die HKIV.',
    'Copy the S2; bill through a Belgian insurer (sickness fund or CAAMI/HZIV).',
  ),
  copyEhic: text(
    'Copiez la CEAM (recto-verso) ou l’attestation de remplacement ; le patient choisit une mutualité ou la CAAMI qui agit pour l’assureur étranger.',
    'Kopieer de EZVK (voor- en achterkant) of het vervangend certificaat; de patiënt kiest een ziekenfonds of de HZIV dat optreedt voor de buitenlandse verzekeraar.',
    'Kopieren Sie die EKVK (beidseitig) oder die Ersatzbescheinigung; der Patient wählt eine Krankenkasse oder die HKIV, die für den ausländischen Träger handelt.',
    'Copy the EHIC (both sides) or the replacement certificate; the patient chooses a sickness fund or the CAAMI/HZIV to act for the foreign insurer.',
  ),
  forgottenEhic: text(
    'Carte oubliée ou perdue : demandez une attestation provisoire de remplacement.',
    'Kaart vergeten of verloren: vraag een voorlopig vervangend certificaat.',
    'Karte vergessen oder verloren: fordern Sie eine provisorische Ersatzbescheinigung an.',
    'Card forgotten or lost: ask for a provisional replacement certificate.',
  ),
  copyTreaty: text(
    'Copiez l’attestation de l’assureur du pays d’origine ; vérifiez la durée et la portée ; en cas de doute, contactez la CAAMI ou une mutualité.',
    'Kopieer het attest van de verzekeraar van het land van herkomst; controleer duur en draagwijdte; bij twijfel contacteer de HZIV of een ziekenfonds.',
    'Kopieren Sie die Bescheinigung der Krankenkasse des Herkunftslandes; prüfen Sie Dauer und Umfang; im Zweifel HKIV oder Krankenkasse kontaktieren.',
    'Copy the attestation of the home insurer; check its duration and scope; when in doubt, contact the CAAMI/HZIV or a sickness fund.',
  ),
  travelInsurer: text(
    'Appelez le numéro d’assistance de l’assureur avant les soins si possible ; notez le numéro de contrat et vérifiez les exclusions.',
    'Bel het assistancenummer van de verzekeraar vóór de zorg indien mogelijk; noteer het polisnummer en controleer de uitsluitingen.',
    'Rufen Sie möglichst vor der Behandlung die Assistance-Nummer an; notieren Sie die Vertragsnummer und prüfen Sie die Ausschlüsse.',
    'Call the insurer’s assistance number before treatment if possible; note the contract number and check the exclusions.',
  ),
  fedasilCaami: text(
    'Depuis le 1er janvier 2025 : facturez électroniquement à la CAAMI/HZIV pour le compte de Fedasil (CAAMI4Fedasil), sans réquisitoire préalable pour les soins hospitaliers.',
    'Sinds 1 januari 2025: factureer elektronisch aan de HZIV voor rekening van Fedasil (CAAMI4Fedasil), zonder voorafgaand requisitoir voor ziekenhuiszorg.',
    'Seit dem 1. Januar 2025: elektronische Abrechnung an die HKIV für Fedasil (CAAMI4Fedasil), ohne vorherige Kostenübernahme für Krankenhausbehandlung.',
    'Since 1 January 2025: bill the CAAMI/HZIV electronically on Fedasil’s behalf (CAAMI4Fedasil); no prior réquisitoire for hospital care.',
  ),
  fedasilCheck: text(
    'Vérifiez le code 207 et l’instance compétente auprès du Dispatching de Fedasil (02/793 82 40).',
    'Controleer de code 207 en de bevoegde instantie bij Fedasil Dispatching (02/793 82 40).',
    'Prüfen Sie den Code 207 und die zuständige Stelle beim Fedasil-Dispatching (02/793 82 40).',
    'Check the code 207 and who is competent with Fedasil Dispatching (02/793 82 40).',
  ),
  fedasilShare: text(
    'Facturez la mutualité ; le ticket modérateur à Fedasil.',
    'Factureer het ziekenfonds; het remgeld aan Fedasil.',
    'Abrechnung an die Krankenkasse; den Eigenanteil an Fedasil.',
    'Bill the sickness fund; the co-payment to Fedasil.',
  ),
  cpasNotify: text(
    'Prévenez tout de suite le CPAS de la commune de résidence habituelle (celui de l’hôpital seulement pour des soins imprévus et urgents demandés pendant le séjour, ou sans résidence établie).',
    'Verwittig meteen het OCMW van de gemeente van gewoonlijk verblijf (dat van het ziekenhuis enkel bij onvoorziene dringende zorg aangevraagd tijdens de opname, of zonder vastgestelde verblijfplaats).',
    'Benachrichtigen Sie sofort das ÖSHZ der Gemeinde des gewöhnlichen Aufenthalts (das des Krankenhauses nur bei unvorhergesehener dringender Behandlung während des Aufenthalts oder ohne feststellbaren Wohnort).',
    'Tell the CPAS of the commune of habitual residence at once (the hospital’s commune only for unforeseen urgent care requested during the stay, or when no residence can be established).',
  ),
  cpasMediPrima: text(
    'Obtenez la garantie électronique du CPAS dans MediPrima (MyCareNet / Web Consult) : sans elle, rien n’est payé. La décision peut couvrir jusqu’à 60 jours en arrière.',
    'Vraag de elektronische waarborg van het OCMW in MediPrima (MyCareNet / Web Consult): zonder die wordt niets betaald. De beslissing kan tot 60 dagen terugwerken.',
    'Holen Sie die elektronische Kostenübernahme des ÖSHZ in MediPrima ein (MyCareNet / Web Consult): ohne sie wird nichts bezahlt. Die Entscheidung kann bis zu 60 Tage zurückwirken.',
    'Get the CPAS’s electronic guarantee in MediPrima (MyCareNet / Web Consult): without it nothing is paid. The decision may cover up to 60 days back.',
  ),
  amuAttestation: text(
    'Faites signer l’attestation AMU par le médecin au début des soins (une par séjour ou traitement ambulatoire) ; conservez-la.',
    'Laat het DMH-attest door de arts ondertekenen bij het begin van de zorg (één per opname of ambulante behandeling); bewaar het.',
    'Lassen Sie die DMH-Bescheinigung zu Beginn der Behandlung vom Arzt unterschreiben (eine pro Aufenthalt oder ambulante Behandlung); bewahren Sie sie auf.',
    'Have the doctor sign the AMU attestation at the start of care (one per stay or ambulatory treatment); keep it.',
  ),
  patientBill: text(
    'Facturez le patient ; proposez un plan de paiement si nécessaire.',
    'Factureer de patiënt; stel zo nodig een afbetalingsplan voor.',
    'Rechnung an den Patienten; bei Bedarf Ratenzahlung anbieten.',
    'Bill the patient; offer a payment plan if needed.',
  ),
} as const satisfies Record<string, Text>;

export const QUALITY_NAMES = {
  employed: text('salarié ou indépendant', 'werknemer of zelfstandige', 'Arbeitnehmer oder Selbständiger', 'salaried or self-employed'),
  'higher-education-student': text('étudiant de l’enseignement supérieur', 'student hoger onderwijs', 'Hochschulstudent', 'higher-education student'),
  'unaccompanied-minor': text('mineur étranger non accompagné (MENA)', 'niet-begeleide minderjarige vreemdeling (NBMV)', 'unbegleiteter minderjähriger Ausländer', 'unaccompanied foreign minor'),
  'registered-resident': text('inscrit au Registre national (résident)', 'ingeschreven in het Rijksregister (resident)', 'im Nationalregister eingetragen (Einwohner)', 'registered in the National Register (resident)'),
  spouse: text('conjoint à charge', 'echtgeno(o)t(e) ten laste', 'mitversicherter Ehegatte', 'dependent spouse'),
  ascendant: text('ascendant à charge', 'ascendent ten laste', 'mitversicherter Verwandter aufsteigender Linie', 'dependent ascendant'),
  cohabitant: text('cohabitant à charge', 'samenwonende ten laste', 'mitversicherter Mitbewohner', 'dependent cohabitant'),
  child: text('enfant à charge (moins de 25 ans)', 'kind ten laste (jonger dan 25)', 'mitversichertes Kind (unter 25)', 'dependent child (under 25)'),
} as const satisfies Record<string, Text>;
