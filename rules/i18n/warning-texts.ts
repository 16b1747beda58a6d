/** Warnings (contract ids plus the project's own), in the clerk's words. */
import { text, type Text } from './text';

import { WARNING_IDS, type WarningId } from '../schema/facts';

export { WARNING_IDS, type WarningId };

export const WARNING_TEXTS: Readonly<Record<WarningId, Text>> = {
  'cpas-limited-in-practice': text(
    'Droit au CPAS en principe, mais très limité en pratique : une personne en court séjour est censée avoir ses propres ressources.',
    'Recht op OCMW-hulp in principe, maar in de praktijk zeer beperkt: wie kort verblijft, wordt geacht eigen middelen te hebben.',
    'Anspruch auf ÖSHZ-Hilfe grundsätzlich, praktisch aber sehr begrenzt: bei Kurzaufenthalt werden eigene Mittel erwartet.',
    'A right to CPAS aid in principle, but very limited in practice: a short-stay visitor is expected to have their own resources.',
  ),
  'residence-right-at-risk': text(
    'Recevoir une aide sociale pourrait indiquer que les conditions du droit de séjour (ressources, libre circulation, regroupement familial, salaire) ne sont plus remplies. Le CPAS doit en informer la personne mais ne peut pas refuser l’aide pour ce motif.',
    'Maatschappelijke dienstverlening ontvangen kan erop wijzen dat de voorwaarden van het verblijfsrecht (middelen, vrij verkeer, gezinshereniging, loon) niet meer vervuld zijn. Het OCMW moet de persoon inlichten maar mag de hulp daarom niet weigeren.',
    'Sozialhilfe könnte darauf hindeuten, dass die Bedingungen des Aufenthaltsrechts (Mittel, Freizügigkeit, Familiennachzug, Gehalt) nicht mehr erfüllt sind. Das ÖSHZ muss informieren, darf die Hilfe deshalb aber nicht verweigern.',
    'Receiving social aid could indicate that the conditions of the right of residence (resources, free movement, family reunification, salary) are no longer met. The CPAS must tell the person but cannot refuse aid for that reason.',
  ),
  'data-transfer-oe': text(
    'Les données d’aide sociale (hors aide médicale) peuvent être transmises automatiquement du SPP IS à l’Office des étrangers ; le CPAS doit en informer la personne.',
    'Gegevens over maatschappelijke dienstverlening (behalve medische hulp) kunnen automatisch van de POD MI naar DVZ gaan; het OCMW moet de persoon inlichten.',
    'Daten zur Sozialhilfe (außer medizinischer Hilfe) können automatisch vom ÖPD SE an das Ausländeramt übermittelt werden; das ÖSHZ muss die Person informieren.',
    'Social-aid data (other than medical aid) can be sent automatically from the SPP IS to the Immigration Office; the CPAS must inform the person.',
  ),
  'spp-is-contested': text(
    'Membre de la famille d’un Belge dans ses trois premiers mois : le SPP IS limite l’aide à l’AMU, mais les tribunaux du travail reconnaissent le droit à l’aide sociale complète. Position contestée : voyez avec le CPAS.',
    'Familielid van een Belg in de eerste drie maanden: de POD MI beperkt de hulp tot DMH, maar de arbeidsrechtbanken erkennen het recht op volledige hulp. Betwist standpunt: overleg met het OCMW.',
    'Familienangehöriger eines Belgiers in den ersten drei Monaten: der ÖPD SE beschränkt die Hilfe auf DMH, die Arbeitsgerichte erkennen aber volle Sozialhilfe an. Strittig: mit dem ÖSHZ klären.',
    'Family member of a Belgian in the first three months: the SPP IS limits aid to AMU, but labour courts recognise full social aid. Disputed: settle it with the CPAS.',
  ),
  'travel-insurance-exclusions': text(
    'Examinez le contrat d’assurance voyage : les soins programmés et les maladies préexistantes sont souvent exclus.',
    'Bekijk het reisverzekeringscontract: geplande zorg en bestaande aandoeningen zijn vaak uitgesloten.',
    'Prüfen Sie den Reiseversicherungsvertrag: geplante Behandlungen und Vorerkrankungen sind oft ausgeschlossen.',
    'Check the travel insurance contract: planned care and pre-existing illness are often excluded.',
  ),
  'amu-confidential': text(
    'Les données AMU sont confidentielles : ni la police ni l’Office des étrangers ne peuvent en être informés.',
    'DMH-gegevens zijn vertrouwelijk: noch de politie noch DVZ mag ervan op de hoogte gebracht worden.',
    'DMH-Daten sind vertraulich: weder Polizei noch Ausländeramt dürfen davon erfahren.',
    'AMU data are confidential: neither the police nor the Immigration Office may be told.',
  ),
  'uk-eu-document-lapsed': text(
    'Ressortissant britannique : les documents E, E+, F, F+, EU, EU+ ont expiré le 31 mars 2022. Demandez une carte M ou une annexe 56 ; sinon, traité comme sans séjour légal.',
    'Brits onderdaan: de documenten E, E+, F, F+, EU, EU+ zijn op 31 maart 2022 vervallen. Vraag een M-kaart of een bijlage 56; anders behandeld als zonder wettig verblijf.',
    'Britischer Staatsangehöriger: E-, E+-, F-, F+-, EU-, EU+-Dokumente sind am 31. März 2022 erloschen. Fragen Sie nach einer M-Karte oder Anlage 56; sonst ohne legalen Aufenthalt behandelt.',
    'UK national: E, E+, F, F+, EU and EU+ documents lapsed on 31 March 2022. Ask for an M card or an Annex 56; otherwise decided as no legal stay.',
  ),
  'non-nomenclature-not-reimbursed': text(
    'Les soins hors nomenclature INAMI (certains antidouleurs, prothèses dentaires, lunettes…) peuvent être payés par le CPAS, mais l’État ne les rembourse pas.',
    'Zorg buiten de RIZIV-nomenclatuur (sommige pijnstillers, tandprothesen, brillen…) kan het OCMW betalen, maar de Staat betaalt ze niet terug.',
    'Leistungen außerhalb der LIKIV-Nomenklatur (manche Schmerzmittel, Zahnprothesen, Brillen…) kann das ÖSHZ zahlen, der Staat erstattet sie aber nicht.',
    'Care outside the INAMI nomenclature (some painkillers, dentures, glasses…) can be paid by the CPAS, but the State does not reimburse it.',
  ),
  'document-expired': text(
    'Le document est expiré. Ce n’est pas à lui seul la preuve d’un séjour illégal : une personne hospitalisée est dispensée du renouvellement à temps, et la commune peut délivrer une annexe 15. Demandez-le.',
    'Het document is verlopen. Dat alleen bewijst geen illegaal verblijf: een opgenomen persoon is vrijgesteld van tijdige vernieuwing en de gemeente kan een bijlage 15 afgeven. Vraag het na.',
    'Das Dokument ist abgelaufen. Das allein beweist keinen illegalen Aufenthalt: eine stationär aufgenommene Person ist von der fristgerechten Erneuerung befreit, und die Gemeinde kann eine Anlage 15 ausstellen. Fragen Sie nach.',
    'The document has expired. That alone is no proof of irregular stay: a hospitalised person is exempt from renewing on time, and the commune may issue an Annex 15. Ask.',
  ),
  'f-card-old-layout': text(
    'Les cartes F/F+ de l’ancien modèle ont expiré au plus tard le 3 août 2026 : vérifiez que la carte porte le nouveau titre (« Membre famille UE art 10 / art 20 »).',
    'F/F+-kaarten van het oude model zijn uiterlijk op 3 augustus 2026 vervallen: controleer dat de kaart de nieuwe titel draagt ("Familielid EU art 10 / art 20").',
    'F/F+-Karten im alten Format sind spätestens am 3. August 2026 erloschen: prüfen Sie den neuen Titel („Familienangehöriger EU Art 10 / Art 20“).',
    'Old-layout F/F+ cards lapsed on 3 August 2026 at the latest: check that the card bears the new title ("EU family member art 10 / art 20").',
  ),
  'swiss-cpas-limits-unknown': text(
    'Citoyen suisse : nos sources ne disent pas si les limites de l’aide CPAS des citoyens de l’Union s’appliquent. Voyez avec le CPAS.',
    'Zwitserse burger: onze bronnen zeggen niet of de beperkingen van OCMW-hulp voor EU-burgers gelden. Overleg met het OCMW.',
    'Schweizer Bürger: unsere Quellen sagen nicht, ob die Beschränkungen der ÖSHZ-Hilfe für Unionsbürger gelten. Mit dem ÖSHZ klären.',
    'Swiss citizen: our sources do not say whether the EU-citizen limits on CPAS aid apply. Settle it with the CPAS.',
  ),
  'register-uncertain': text(
    'Inscription au Registre national incertaine pour ce document : vérifiez le numéro (NISS ou BIS).',
    'Inschrijving in het Rijksregister onzeker voor dit document: controleer het nummer (INSZ of BIS).',
    'Eintragung im Nationalregister für dieses Dokument unsicher: prüfen Sie die Nummer (NISS oder BIS).',
    'National Register entry uncertain for this document: check the number (national number or BIS).',
  ),
  'ehic-planned-care-needs-s2': text(
    'Soins programmés : la CEAM ne suffit pas, il faut un S2 (à défaut, remboursement selon les tarifs du pays d’assurance, au patient).',
    'Geplande zorg: de EZVK volstaat niet, er is een S2 nodig (anders terugbetaling aan de patiënt volgens de tarieven van het verzekeringsland).',
    'Geplante Behandlung: die EKVK genügt nicht, ein S2 ist nötig (sonst Erstattung an den Patienten nach den Tarifen des Versicherungslandes).',
    'Planned care: the EHIC is not enough, an S2 is needed (without it, the patient is reimbursed at the insuring country’s tariffs).',
  ),
  'treaty-country-check': text(
    'L’attestation doit venir de l’assureur d’un pays lié par une convention (Albanie, Algérie, Australie, Bosnie-Herzégovine, Macédoine du Nord, Maroc, Monténégro, Québec, Serbie, Tunisie, Turquie) : vérifiez-le.',
    'Het attest moet komen van de verzekeraar van een verdragsland (Albanië, Algerije, Australië, Bosnië-Herzegovina, Noord-Macedonië, Marokko, Montenegro, Québec, Servië, Tunesië, Turkije): controleer dat.',
    'Die Bescheinigung muss von der Krankenkasse eines Abkommensstaates stammen (Albanien, Algerien, Australien, Bosnien-Herzegowina, Nordmazedonien, Marokko, Montenegro, Québec, Serbien, Tunesien, Türkei): prüfen Sie das.',
    'The attestation must come from the insurer of an agreement country (Albania, Algeria, Australia, Bosnia-Herzegovina, North Macedonia, Morocco, Montenegro, Québec, Serbia, Tunisia, Turkey): check it.',
  ),
  'ukraine-affiliation': text(
    'Protection temporaire : l’affiliation prend effet au premier jour du trimestre de l’attestation. Attendez-la et facturez la mutualité, pas le patient. Intervention majorée automatique seulement pour les attestations d’avant le 1er septembre 2023.',
    'Tijdelijke bescherming: de aansluiting gaat in op de eerste dag van het kwartaal van het attest. Wacht ze af en factureer het ziekenfonds, niet de patiënt. Verhoogde tegemoetkoming enkel automatisch voor attesten van vóór 1 september 2023.',
    'Vorübergehender Schutz: die Versicherung gilt ab dem ersten Tag des Quartals der Bescheinigung. Abwarten und die Krankenkasse abrechnen, nicht den Patienten. Erhöhte Beteiligung nur für Bescheinigungen vor dem 1. September 2023 automatisch.',
    'Temporary protection: affiliation takes effect from the first day of the certificate’s quarter. Wait for it and bill the sickness fund, not the patient. Increased reimbursement is automatic only for certificates issued before 1 September 2023.',
  ),
  'not-insured-no-cpas': text(
    'Aucun droit à l’aide du CPAS ni à l’AMU pour ce document : sans assurance, le patient paie.',
    'Geen recht op OCMW-hulp of DMH voor dit document: zonder verzekering betaalt de patiënt.',
    'Kein Anspruch auf ÖSHZ-Hilfe oder DMH für dieses Dokument: ohne Versicherung zahlt der Patient.',
    'No right to CPAS aid nor to AMU with this document: without insurance, the patient pays.',
  ),
};
