// @vitest-environment happy-dom
/**
 * The content script's work in one document (components/page/page-session.ts): found, marked,
 * followed, and answering the panel — without throwing, and changing no value except on
 * "Fill payer".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_ATTRIBUTE } from '../../components/page/field-kinds';
import { clearHighlights } from '../../components/page/highlight';
import { FIELD_KIND_LABELS } from '../../components/page/kind-labels';
import { createPageSession, type PageSession } from '../../components/page/page-session';

const sessions: PageSession[] = [];
const settle = (ms = 80) => new Promise((resolve) => setTimeout(resolve, ms));
/** Until the observer's batch is through: polled, so that a loaded machine (the first pattern compiles can take most of a second) does not fail it. */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const now = (run: () => void) => run();

function start(options: Partial<Parameters<typeof createPageSession>[0]> = {}): PageSession {
  const session = createPageSession({
    document,
    labels: FIELD_KIND_LABELS.fr,
    schedule: now,
    observe: { debounceMs: 5, idleTimeoutMs: 5 },
    ...options,
  });
  sessions.push(session);
  return session;
}

const marks = () => Array.from(document.querySelectorAll(`[${FIELD_ATTRIBUTE}]`), (el) => `${el.id}=${el.getAttribute(FIELD_ATTRIBUTE)}`);

const FORM = `
  <label for="nat">Nationalité</label><select id="nat"><option value="">--</option><option value="MA" selected>Marocaine</option></select>
  <label for="niss">NISS</label><input id="niss" value="85.07.30-033.28">
  <label for="nom">Nom</label><input id="nom" value="DUPONT">
  <label for="deb">Débiteur</label><select id="deb"><option value="">--</option><option value="M">Mutuelle</option><option value="C">CPAS</option><option value="P">Patient</option></select>`;

afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  clearHighlights();
  document.body.replaceChildren();
});

describe('createPageSession', () => {
  it('marks the recognised fields at once and lists them with what the page calls them', async () => {
    document.body.innerHTML = FORM;
    const session = start();
    await session.ready;
    expect(marks()).toEqual(['nat=nationality', 'niss=national-number', 'deb=payer']);
    expect(session.fields()).toEqual([
      { id: expect.any(String), kind: 'nationality', label: 'Nationalité' },
      { id: expect.any(String), kind: 'national-number', label: 'NISS' },
      { id: expect.any(String), kind: 'payer', label: 'Débiteur' },
    ]);
  });

  it('marks the first slice at once and the rest in later slices', async () => {
    document.body.innerHTML = FORM;
    const later: (() => void)[] = [];
    const session = start({ sliceSize: 2, schedule: (run) => later.push(run) });
    expect(marks()).toEqual(['nat=nationality', 'niss=national-number']);
    while (later.length) later.shift()!();
    await session.ready;
    expect(marks()).toEqual(['nat=nationality', 'niss=national-number', 'deb=payer']);
  });

  it('follows sections added later, and tells when the fields changed', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const changed = vi.fn();
    const session = start({ onFieldsChanged: changed });
    await session.ready;
    document.getElementById('m')!.innerHTML = '<label for="com">Commune</label><input id="com">';
    await until(() => {
      expect(marks()).toEqual(['com=commune']);
      expect(changed).toHaveBeenCalled();
    });
    changed.mockClear();
    document.getElementById('m')!.replaceChildren();
    await until(() => {
      expect(session.fields()).toEqual([]);
      expect(changed).toHaveBeenCalled(); // a closed section changes the list too
    });
  });

  it('marks the fields of hidden tab panels, at load and when added late, so they are marked when the clerk opens the tab', async () => {
    document.body.innerHTML = `
      <div role="tabpanel" id="p1"><label for="cp">CPAS compétent</label><input id="cp"></div>
      <div role="tabpanel" id="p2" hidden><label for="mp">N° de la décision MediPrima</label><input id="mp"></div>
      <div role="tabpanel" id="p3" style="display:none"><p>Chargement…</p></div>`;
    const session = start();
    await session.ready;
    expect(marks()).toEqual(['cp=cpas', 'mp=cpas']);
    // The late panel replaces its placeholder while still hidden; then the clerk clicks its tab.
    const late = document.createElement('div');
    late.id = 'p3';
    late.hidden = true;
    late.innerHTML = '<label for="deb">Débiteur principal</label><select id="deb"><option>Patient</option><option>CPAS</option></select>';
    document.getElementById('p3')!.replaceWith(late);
    await until(() => expect(marks()).toEqual(['cp=cpas', 'mp=cpas', 'deb=payer']));
    late.hidden = false;
    document.getElementById('p2')!.hidden = true;
    await settle();
    expect(marks()).toEqual(['cp=cpas', 'mp=cpas', 'deb=payer']);
    expect(session.fields().map((f) => f.kind)).toEqual(['cpas', 'cpas', 'payer']);
  });

  it('classifies appended grid rows by their shape, with the same result as full detection', async () => {
    document.body.innerHTML = '<table><thead><tr><th>Nom</th><th>Nationalité</th><th>Commune</th></tr></thead><tbody></tbody></table>';
    const session = start();
    await session.ready;
    const tbody = document.querySelector('tbody')!;
    for (let r = 0; r < 30; r++) {
      const tr = document.createElement('tr');
      tr.innerHTML = `<td><input name="r${r}.nom"></td><td><input name="r${r}.nat"></td><td><input name="r${r}.com"></td>`;
      tbody.append(tr);
    }
    await until(() => expect(session.fields()).toHaveLength(60));
    const kinds = session.fields().map((f) => f.kind);
    expect(kinds).toHaveLength(60);
    expect(new Set(kinds)).toEqual(new Set(['nationality', 'commune']));
  });

  it('does not reuse a row shape when a row carries its own label words', async () => {
    document.body.innerHTML = '<table><tbody id="b"></tbody></table>';
    const session = start();
    await session.ready;
    const tbody = document.getElementById('b')!;
    for (const label of ['Nom', 'Nationalité', 'Commune']) {
      const tr = document.createElement('tr');
      tr.innerHTML = `<td>${label}</td><td><input></td>`;
      tbody.append(tr);
    }
    await until(() => expect(session.fields().map((f) => f.kind)).toEqual(['nationality', 'commune']));
  });

  it('reads values without changing them, and focuses a field by its id', async () => {
    document.body.innerHTML = FORM;
    const session = start();
    await session.ready;
    const events = vi.fn();
    document.addEventListener('input', events, true);
    document.addEventListener('change', events, true);
    expect(session.readValues()).toEqual([
      { id: expect.any(String), kind: 'nationality', text: 'Marocaine', value: 'MA' },
      { id: expect.any(String), kind: 'national-number', text: '85.07.30-033.28' },
    ]);
    expect(events).not.toHaveBeenCalled();
    const niss = session.fields().find((f) => f.kind === 'national-number')!;
    expect(session.focus(niss.id)).toBe(true);
    expect(document.activeElement?.id).toBe('niss');
    expect(session.focus('nope')).toBe(false);
  });

  it('fills the payer select only when asked, telling the page as a clerk would', async () => {
    document.body.innerHTML = FORM;
    const session = start();
    await session.ready;
    const select = document.getElementById('deb') as HTMLSelectElement;
    expect(select.value).toBe('');
    const change = vi.fn();
    select.addEventListener('change', change);
    expect(session.fillPayer('cpas')).toMatchObject({ ok: true, option: 'CPAS', value: 'C', changed: true });
    expect(select.value).toBe('C');
    expect(change).toHaveBeenCalledOnce();
    expect(session.fillPayer('travel-insurance')).toEqual({ ok: false, reason: 'no-match' });
    expect(session.fillPayer('nobody')).toEqual({ ok: false, reason: 'unknown-payer' });
  });

  it('with highlighting off changes nothing in the page, still answers, and shows only what the clerk asks to emphasise', async () => {
    document.body.innerHTML = FORM;
    const before = document.body.innerHTML;
    const session = start({ highlight: false });
    await session.ready;
    expect(document.body.innerHTML).toBe(before);
    expect(session.fields()).toHaveLength(3);
    session.emphasise(['payer']);
    expect(marks()).toEqual(['deb=payer']);
    session.emphasise([]);
    expect(marks()).toEqual([]);
    session.setHighlight(true);
    expect(marks()).toHaveLength(3);
    session.setHighlight(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('lets a site profile replace the heuristics for its kinds', async () => {
    document.body.innerHTML = `${FORM}<input id="x" name="weird">`;
    const session = start({ profile: { commune: ['#x'], nationality: ['#nom'] } });
    await session.ready;
    expect(marks()).toEqual(['niss=national-number', 'nom=nationality', 'deb=payer', 'x=commune']);
    session.setProfile(undefined);
    await session.ready;
    expect(marks()).toEqual(['nat=nationality', 'niss=national-number', 'deb=payer']);
  });

  it('puts the page back as it was when disposed, and ignores calls afterwards', async () => {
    document.body.innerHTML = FORM;
    const before = document.body.innerHTML;
    const session = start();
    await session.ready;
    session.dispose();
    expect(document.body.innerHTML).toBe(before);
    expect(session.fields()).toEqual([]);
    expect(session.focus('f1')).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<label for="c">Commune</label><input id="c">');
    await settle();
    expect(marks()).toEqual([]);
  });

  it('stops looking at new controls past its cap', async () => {
    document.body.innerHTML = FORM;
    const session = start({ maxControls: 2 });
    await session.ready;
    expect(session.fields().map((f) => f.kind)).toEqual(['nationality', 'national-number']);
  });
});
