// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectFields } from '../../components/page/detect-fields';
import { fillPayerSelect } from '../../components/page/fill-payer';
import { countryFromText } from '../../components/page/map-country';
import { documentFromText } from '../../components/page/map-document';
import { parseNationalNumber } from '../../rules/shared/national-number';
import { parseDateToIso } from '../../components/page/parse-date';
import { proposeValue, readProposals, readRawValue } from '../../components/page/read-values';

afterEach(() => {
  document.body.replaceChildren();
});

describe('country names, nationality adjectives and codes → ISO alpha-2', () => {
  it.each([
    ['Marokkaans', 'MA'],
    ['Marocaine', 'MA'],
    ['marocain', 'MA'],
    ['Marokkanisch', 'MA'],
    ['Moroccan', 'MA'],
    ['MAR', 'MA'],
    ['MA', 'MA'],
    ['ma', 'MA'],
    ['Maroc', 'MA'],
    ['Marokko', 'MA'],
    ['Morocco', 'MA'],
    ['Belge', 'BE'],
    ['Belgisch', 'BE'],
    ['België', 'BE'],
    ['Belgique', 'BE'],
    ['BEL', 'BE'],
    ['Française', 'FR'],
    ['Deutschland', 'DE'],
    ['Allemagne', 'DE'],
    ['DEU', 'DE'],
    ['Congolaise (RDC)', 'CD'],
    ['RDC', 'CD'],
    ['Congo-Kinshasa', 'CD'],
    ['COD', 'CD'],
    ['Turquie', 'TR'],
    ['Turks', 'TR'],
    ['Türkei', 'TR'],
    ['Syrien', 'SY'],
    ['Syrische', 'SY'],
    ['Roumaine', 'RO'],
    ['Roemenië', 'RO'],
    ['Oekraïens', 'UA'],
    ['Ukrainienne', 'UA'],
    ['UKR', 'UA'],
    ['Royaume-Uni', 'GB'],
    ['British', 'GB'],
    ['GBR', 'GB'],
    ['Kosovo', 'XK'],
    ['Guinéenne', 'GN'],
    ['Pays-Bas', 'NL'],
    ['Nederlandse', 'NL'],
    ['Algérienne', 'DZ'],
    ['Tunesisch', 'TN'],
    ['Érythréenne', 'ER'],
    ['Afghane', 'AF'],
    ['Marocaine (MA)', 'MA'],
  ])('%s → %s', (text, code) => expect(countryFromText(text)?.code).toBe(code));

  it.each(['', 'Inconnue', 'Apatride', 'XYZ', 'Europe', '—'])('"%s" → nothing', (text) => expect(countryFromText(text)).toBeNull());

  it('maps every ISO alpha-3 code it knows back to a region Intl can name', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const [alpha3, alpha2] of [['AFG', 'AF'], ['ALA', 'AX'], ['CYM', 'KY'], ['COM', 'KM'], ['PRK', 'KP'], ['SRB', 'RS'], ['ZWE', 'ZW']]) {
      expect(countryFromText(alpha3!)?.code).toBe(alpha2);
      expect(names.of(alpha2!)).toBeTruthy();
    }
  });
});

describe('document names → document ids', () => {
  it.each([
    ['Carte F+', 'card-f-plus'],
    ['carte F plus', 'card-f-plus'],
    ['F+-kaart', 'card-f-plus'],
    ['Karte F', 'card-f'],
    ['Carte A', 'card-a'],
    ['A-kaart', 'card-a'],
    ['B card', 'card-b'],
    ['Carte C', 'card-c'],
    ['Carte D', 'card-d'],
    ['Carte E', 'card-e'],
    ['Carte E+', 'card-e-plus'],
    ['Carte H (carte bleue européenne)', 'card-h'],
    ['Carte K', 'card-k'],
    ['Carte L', 'card-l'],
    ['Carte M', 'card-m'],
    ['Carte N', 'card-n'],
    ['Carte I', 'card-i'],
    ['Carte J', 'card-j'],
    ['Carte EU', 'card-eu'],
    ['EU+-kaart', 'card-eu-plus'],
    ['Karte EU+', 'card-eu-plus'],
    ['Bijlage 26', 'annexe-26'],
    ['Annexe 26quinquies', 'annexe-26'],
    ['Annexe 25', 'annexe-26'],
    ['Anlage 19ter', 'annexe-19ter'],
    ['Annexe 19', 'annexe-19'],
    ['Annexe 3', 'annexe-3'],
    ['Annexe 3ter', 'annexe-3ter'],
    ['Annexe 15', 'annexe-15'],
    ['Annexe 35', 'annexe-35'],
    ['Annexe 8ter', 'annexe-8ter'],
    ['Bijlage 8quater', 'annexe-8quater'],
    ['Annexe 13', 'annexe-13'],
    ['Annexe 13quinquies', 'annexe-13'],
    ['Bijlage 13 (bevel om het grondgebied te verlaten)', 'annexe-13'],
    ['Annexe 4', 'attestation-immatriculation'],
    ['carte orange', 'attestation-immatriculation'],
    ['oranje kaart', 'attestation-immatriculation'],
    ["Attestation d'immatriculation", 'attestation-immatriculation'],
    ['Attest van immatriculatie', 'attestation-immatriculation'],
    ['Protection temporaire', 'temporary-protection'],
    ['Tijdelijke bescherming', 'temporary-protection'],
    ['Vorübergehender Schutz', 'temporary-protection'],
    ['eID', 'belgian-eid'],
    ["Carte d'identité belge", 'belgian-eid'],
    ['Belgische identiteitskaart', 'belgian-eid'],
    ['Kids-ID', 'belgian-eid'],
    ["Carte d'identité d'étranger", 'card-c'],
    ['K. Établissement', 'card-k'],
    ['L. Résident de longue durée – UE', 'card-l'],
    ['Membre famille UE art 10', 'card-f'],
    ['Membre famille UE art 20', 'card-f-plus'],
    ['EU. Enregistrement – Art 8 Dir 2004/38', 'card-eu'],
    ['EU+. Séjour permanent – Art 19', 'card-eu-plus'],
    ['M. Article 50 TUE', 'card-m'],
    ['N. Art. 50 TUE – Travailleur frontalier', 'card-n'],
    ['Séjour limité', 'card-a'],
    ['Séjour illimité', 'card-b'],
    ['Aucun', 'none'],
    ['Sans papiers', 'none'],
    ['Geen', 'none'],
  ])('%s → %s', (text, id) => expect(documentFromText(text)).toBe(id));

  it.each([
    ['F+', 'card-f-plus'],
    ['A', 'card-a'],
    ['EU', 'card-eu'],
    ['17', 'card-f'],
    ['31', 'card-eu'],
  ])('bare "%s" in a residence-document field → %s', (text, id) => expect(documentFromText(text, { bare: true })).toBe(id));

  it.each(['A', 'F+', '17', 'Passeport', "Carte d'assurance", 'carte à puce', 'Carte bancaire', ''])('"%s" alone → nothing', (text) =>
    expect(documentFromText(text)).toBeNull(),
  );
});

describe('dates → ISO', () => {
  const today = new Date(Date.UTC(2026, 0, 15));
  it.each([
    ['30/07/2026', '2026-07-30'],
    ['30-07-2026', '2026-07-30'],
    ['30.07.2026', '2026-07-30'],
    ['3/7/2026', '2026-07-03'],
    ['2026-07-30', '2026-07-30'],
    ['2026/07/30', '2026-07-30'],
    ['2026-07-30T00:00:00', '2026-07-30'],
    ['30/07/26', '2026-07-30'],
    ['30/07/85', '1985-07-30'],
    ['30072026', '2026-07-30'],
    ['20260730', '2026-07-30'],
    ['30 juillet 2026', '2026-07-30'],
    ['1er mars 2024', '2024-03-01'],
    ['30 juli 2026', '2026-07-30'],
    ['30. Juli 2026', '2026-07-30'],
    ['12 März 2025', '2025-03-12'],
    ['July 30, 2026', '2026-07-30'],
    ['30 Jul 2026', '2026-07-30'],
  ])('%s → %s', (text, iso) => expect(parseDateToIso(text, today)).toBe(iso));

  it.each(['31/02/2026', '30/13/2026', '00/01/2026', 'demain', '2026', '12/2026', ''])('"%s" → nothing', (text) =>
    expect(parseDateToIso(text, today)).toBeNull(),
  );
});

describe('national and BIS numbers (the rules\' parser) as proposals', () => {
  it.each([
    ['85.07.30-033.28', '85073003328', 'niss'],
    ['850730 033 28', '85073003328', 'niss'],
    ['01.02.03-004.67', '01020300467', 'niss'],
    ['85.47.30-033.17', '85473003317', 'bis'],
  ] as const)('%s → %s (%s)', (text, digits, kind) => {
    expect(proposeValue('national-number', text)).toMatchObject({ value: digits, details: { ok: true, kind } });
  });

  it.each(['85.07.30-033.29', '8507300332', 'AB.07.30-033.28'])('"%s" (typing error, wrong length, letters) → no proposal', (text) => {
    expect(parseNationalNumber(text).ok).toBe(false);
    expect(proposeValue('national-number', text)).toBeNull();
  });
});

describe('reading the page', () => {
  const PAGE = `
    <label for="nat">Nationalité</label><select id="nat"><option value="">--</option><option value="MAR" selected>Marocaine</option></select>
    <label for="doc">Titre de séjour</label><input id="doc" value="Carte F+">
    <label for="exp">Valable jusqu'au</label><input id="exp" value="30.07.2026">
    <label for="niss">NISS</label><input id="niss" value="85.07.30-033.28">
    <label for="arr">Date d'arrivée en Belgique</label><input id="arr" type="date" value="2024-03-01">
    <label for="com">Commune</label><input id="com" value="Ixelles">
    <label for="mut">Mutualité</label><input id="mut" value="">
    <label for="nat2">Nationaliteit</label><input id="nat2" value="Onbekend">`;

  it('proposes values for the readable kinds, with what was read', () => {
    document.body.innerHTML = PAGE;
    const results = readProposals(detectFields(document));
    expect(results.map((r) => [r.field.element.id, r.raw.text, r.proposal?.value ?? null])).toEqual([
      ['nat', 'Marocaine', 'MA'],
      ['doc', 'Carte F+', 'card-f-plus'],
      ['exp', '30.07.2026', '2026-07-30'],
      ['niss', '85.07.30-033.28', '85073003328'],
      ['arr', '2024-03-01', '2024-03-01'],
      ['nat2', 'Onbekend', null],
    ]);
  });

  it('never changes a value while reading', () => {
    document.body.innerHTML = PAGE;
    const before = Array.from(document.querySelectorAll('input,select'), (el) => (el as HTMLInputElement).value);
    const changed = vi.fn();
    document.addEventListener('change', changed, true);
    document.addEventListener('input', changed, true);
    readProposals(detectFields(document));
    expect(Array.from(document.querySelectorAll('input,select'), (el) => (el as HTMLInputElement).value)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('falls back to the option value when the text maps to nothing', () => {
    document.body.innerHTML = '<select id="s"><option value="BEL" selected>Ressortissant national</option></select>';
    expect(readRawValue(document.getElementById('s') as HTMLSelectElement)).toEqual({ text: 'Ressortissant national', value: 'BEL' });
    expect(proposeValue('nationality', 'Ressortissant national')).toBeNull();
    expect(proposeValue('nationality', 'BEL')?.value).toBe('BE');
  });

  it('reads an unselected placeholder option as empty', () => {
    document.body.innerHTML = '<select id="s"><option value="">-- choisir --</option><option>Belge</option></select>';
    expect(readRawValue(document.getElementById('s') as HTMLSelectElement)).toEqual({ text: '' });
  });

  it('keeps the details of a national number (BIS, checksum)', () => {
    const proposal = proposeValue('national-number', '85.47.30-033.17');
    expect(proposal).toMatchObject({ kind: 'national-number', value: '85473003317', details: { kind: 'bis', ok: true } });
  });
});

describe('fill payer (only on the clerk\'s click)', () => {
  const SELECT = `<select id="p"><option value="">--</option><option value="M">Mutuelle</option><option value="C">CPAS</option>
    <option value="CA">CPAS - AMU (MediPrima)</option><option value="F">Fedasil</option><option value="P">Patient</option>
    <option value="V" disabled>Assurance voyage</option></select>`;

  it.each([
    ['belgian-insurer', 'M'],
    ['cpas', 'C'],
    ['cpas-amu', 'CA'],
    ['fedasil', 'F'],
    ['patient', 'P'],
  ])('%s selects option %s and tells the page', (payer, value) => {
    document.body.innerHTML = SELECT;
    const select = document.getElementById('p') as HTMLSelectElement;
    const events: string[] = [];
    select.addEventListener('input', () => events.push('input'));
    select.addEventListener('change', () => events.push('change'));
    const result = fillPayerSelect(select, payer);
    expect(result.ok).toBe(true);
    expect(select.value).toBe(value);
    expect(events).toEqual(['input', 'change']);
  });

  it('matches Dutch and German options', () => {
    document.body.innerHTML = '<select id="p"><option>Ziekenfonds</option><option>OCMW</option><option>Patiënt</option></select>';
    const select = document.getElementById('p') as HTMLSelectElement;
    expect(fillPayerSelect(select, 'cpas')).toMatchObject({ ok: true, option: 'OCMW' });
    expect(fillPayerSelect(select, 'patient')).toMatchObject({ ok: true, option: 'Patiënt' });
    document.body.innerHTML = '<select id="q"><option>Krankenkasse</option><option>ÖSHZ</option><option>Selbstzahler</option></select>';
    expect(fillPayerSelect(document.getElementById('q') as HTMLSelectElement, 'belgian-insurer')).toMatchObject({ ok: true, option: 'Krankenkasse' });
  });

  it.each([
    ['travel-insurance', 'no-match'],
    ['someone', 'unknown-payer'],
  ])('%s → %s, value untouched', (payer, reason) => {
    document.body.innerHTML = SELECT;
    const select = document.getElementById('p') as HTMLSelectElement;
    expect(fillPayerSelect(select, payer)).toEqual({ ok: false, reason });
    expect(select.value).toBe('');
  });

  it.each([
    ['ehic', '<option>Mutuelle</option><option>CEAM / EHIC</option><option>CAAMI</option>', 'CEAM / EHIC'],
    ['ehic', '<option>Mutuelle</option><option>Assurance étrangère</option><option>CAAMI</option>', 'Assurance étrangère'],
    ['s2', '<option>Mutuelle</option><option>CAAMI</option><option>Patient</option>', 'CAAMI'],
    ['s2', '<option>Ziekenfonds</option><option>Formulier S2</option><option>HZIV</option>', 'Formulier S2'],
    ['treaty', '<option>Mutuelle</option><option>Convention bilatérale</option>', 'Convention bilatérale'],
    ['immigration-office', '<option>Patient</option><option>Office des étrangers</option>', 'Office des étrangers'],
  ])('a foreign or state payer (%s) finds its own option first: %s', (payer, options, expected) => {
    document.body.innerHTML = `<select id="p"><option value="">--</option>${options}</select>`;
    expect(fillPayerSelect(document.getElementById('p') as HTMLSelectElement, payer)).toMatchObject({ ok: true, option: expected, changed: true });
  });

  it('covers every payer id of the rules', async () => {
    const { PAYER_IDS } = await import('../../rules/schema/facts');
    const { PAYER_OPTION_PATTERNS } = await import('../../components/page/fill-payer');
    expect(Object.keys(PAYER_OPTION_PATTERNS).sort()).toEqual([...PAYER_IDS].sort());
  });

  it('leaves a disabled select alone', () => {
    document.body.innerHTML = SELECT;
    const select = document.getElementById('p') as HTMLSelectElement;
    select.disabled = true;
    expect(fillPayerSelect(select, 'cpas')).toEqual({ ok: false, reason: 'disabled' });
  });

  it('does not fire events when the option is already chosen', () => {
    document.body.innerHTML = SELECT;
    const select = document.getElementById('p') as HTMLSelectElement;
    select.value = 'F';
    const changed = vi.fn();
    select.addEventListener('change', changed);
    expect(fillPayerSelect(select, 'fedasil').ok).toBe(true);
    expect(changed).not.toHaveBeenCalled();
  });
});
