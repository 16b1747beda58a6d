// @vitest-environment happy-dom
/**
 * Rules from the failure classes of held-out set 21 (measured blind first, after the set-20
 * fixes: P 0.961 / R 0.952), each on a small page of its own: a card's field number after a
 * generic caption ("Land (3)"), an expatriate's cover, "PolicyNo", a former municipality.
 */
import { describe, expect, it } from 'vitest';
import { clearPageAfterEach, kindsIn } from './kinds-in';

clearPageAfterEach();

describe('covers', () => {
  it('"Land (3)" and "Pays (3)" under the EHIC\'s title are its country', () => {
    expect(kindsIn(`<fieldset><legend>EKVK</legend><input placeholder="Land (3)" data-t></fieldset>
      <fieldset><legend>CEAM</legend><input placeholder="Pays (3)" data-t></fieldset>`)).toEqual(['ehic', 'ehic']);
  });

  it('"Insurer" and "PolicyNo" under "Travel / expat cover" are the travel insurer\'s', () => {
    expect(kindsIn(`<fieldset><legend>Travel / expat cover</legend><label for="a">Insurer</label><input id="a" data-t><label for="b">PolicyNo</label><input id="b" data-t></fieldset>`)).toEqual([
      'travel-insurance',
      'travel-insurance',
    ]);
  });
});

describe('places that are not the commune of residence', () => {
  it('"Former municipality (section)" is a part of the commune', () => {
    expect(kindsIn(`<label for="a">Former municipality (section)</label><input id="a" data-t>`)).toEqual([null]);
  });
});
