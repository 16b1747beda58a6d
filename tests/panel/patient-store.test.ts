import { describe, expect, it } from 'vitest';
import { createPatientStore, localToday } from '@/components/state/patient';
import { decideSituation } from '@/rules/index';

const clock = () => new Date(2026, 2, 15, 10, 30);

describe('the patient store (memory only)', () => {
  it('has no verdict until a document is chosen', () => {
    const store = createPatientStore({ decide: decideSituation, clock });
    expect(store.verdict.value).toBeNull();
    expect(store.questions.value).toEqual([]);
    store.chooseDocument('annexe-19');
    expect(store.situation.value).toEqual({ document: 'annexe-19', today: '2026-03-15' });
    expect(store.verdict.value?.document).toBe('annexe-19');
  });

  it('asks the engine’s questions, minus those answered or set aside', () => {
    const store = createPatientStore({ decide: decideSituation, clock });
    store.chooseDocument('annexe-19');
    const asked = store.questions.value.map((q) => q.fact);
    expect(asked).toEqual(store.verdict.value!.nextQuestions.map((q) => q.fact));
    store.answer('indigent', true);
    expect(store.questions.value.map((q) => q.fact)).not.toContain('indigent');
    store.setDontKnow('euStatus');
    expect(store.questions.value.map((q) => q.fact)).not.toContain('euStatus');
    expect(store.situation.value).not.toHaveProperty('euStatus');
    store.forget('euStatus');
    expect(store.questions.value.map((q) => q.fact)).toContain('euStatus');
  });

  it('decides live from the answers', () => {
    const store = createPatientStore({ decide: decideSituation, clock });
    store.chooseDocument('annexe-19');
    store.answer('nationality', 'PL');
    store.answer('indigent', true);
    store.answer('euStatus', 'job-seeker');
    store.answer('familyOf', 'none');
    store.answer('monthsInBelgium', 8);
    expect(store.verdict.value!.firstPayer).toBe('cpas-amu');
    expect(store.verdict.value!.amuAttestation.value).toBe('required');
    store.answer('euStatus', 'worker');
    expect(store.verdict.value!.amuAttestation.value).toBe('not-required');
    expect([...store.answers.value.keys()]).toEqual(['nationality', 'indigent', 'euStatus', 'familyOf', 'monthsInBelgium']);
  });

  it('passes the date printed on the document and today, so the engine judges expiry', () => {
    const store = createPatientStore({ decide: decideSituation, clock });
    store.chooseDocument('card-k');
    store.setValidUntil('2026-03-14');
    expect(store.verdict.value!.warnings.map((w) => w.id)).toContain('document-expired');
    store.setValidUntil('2026-03-15');
    expect(store.verdict.value!.warnings.map((w) => w.id)).not.toContain('document-expired');
    store.setValidUntil(null);
    expect(store.situation.value).not.toHaveProperty('documentValidUntil');
    store.setValidUntil('not a date');
    expect(store.situation.value).not.toHaveProperty('documentValidUntil');
  });

  it('keeps the answers when the clerk corrects the document, and forgets everything for a new patient', () => {
    const store = createPatientStore({ decide: decideSituation, clock });
    store.chooseDocument('card-e');
    store.answer('nationality', 'IT');
    store.chooseDocument('card-eu');
    expect(store.situation.value).toMatchObject({ document: 'card-eu', nationality: 'IT' });
    store.nationalNumber.value = '85.07.30-033.28';
    store.toggleChecked('cpas|x', true);
    store.setDontKnow('indigent');
    store.reset();
    expect(store.document.value).toBeNull();
    expect(store.answers.value.size + store.dontKnow.value.size + store.checked.value.size).toBe(0);
    expect(store.nationalNumber.value).toBe('');
  });

  it('knows today in the browser’s time zone', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('gives no verdict before the engine is plugged in, and one as soon as it is', () => {
    const store = createPatientStore({ clock });
    store.chooseDocument('annexe-26');
    store.answer('reception', 'collective-centre');
    expect(store.situation.value).not.toBeNull();
    expect(store.verdict.value).toBeNull();
    expect(store.questions.value).toEqual([]);
    store.decide.value = decideSituation;
    expect(store.verdict.value?.firstPayer).toBe('fedasil');
  });
});
