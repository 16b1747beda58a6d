/**
 * Drives the side panel in a real browser (playwright-core) the way a clerk does, from the
 * keyboard: type a document, Enter, then answer each question the panel asks with its digit
 * (or the country's code + Enter), "0" for a fact the case does not give. Shared by the
 * end-to-end tests (tests/e2e/panel*.test.ts) and `npm start`'s sample case.
 */
import type { Page } from 'playwright-core';

export type Facts = Readonly<Record<string, string | number | boolean | undefined>>;

export interface AnsweredStep {
  fact: string;
  /** What was pressed or typed. */
  keys: string;
  /** The value answered, or "dont-know". */
  value: string;
}

/** Types `query` in the document search (which has the focus) and presses Enter. */
export async function chooseDocument(page: Page, query: string): Promise<string | null> {
  const search = page.locator('#doc-search');
  await search.waitFor({ timeout: 10_000 });
  // "/" is the panel's shortcut to the search, wherever the focus is.
  if ((await page.evaluate(() => document.activeElement?.id ?? '')) !== 'doc-search') {
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'doc-search', null, { timeout: 2_000 }).catch(() => undefined);
  }
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  if (focused !== 'doc-search') throw new Error(`the document search should have the focus, not "${focused}"`);
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  const chosen = page.getByTestId('chosen-document');
  await chosen.waitFor({ timeout: 10_000 });
  return chosen.getAttribute('data-document');
}

/** The value to answer for `fact` when the case gives `given` (months: the probe below it). */
function pick(values: string[], given: string | number | boolean): string | undefined {
  const exact = values.find((v) => v === String(given));
  if (exact !== undefined) return exact;
  if (typeof given === 'number') {
    const numbers = values.map(Number).filter((n) => !Number.isNaN(n) && n <= given);
    if (numbers.length > 0) return String(Math.max(...numbers));
  }
  return undefined;
}

/**
 * Answers the panel's questions until none is left, keyboard only. Each answer must leave
 * the focus on the next question (the panel moves it); throws otherwise.
 */
export async function answerQuestions(
  page: Page,
  facts: Facts,
  onStep?: (step: AnsweredStep, index: number) => Promise<unknown>,
): Promise<AnsweredStep[]> {
  const steps: AnsweredStep[] = [];
  for (let i = 0; i < 40; i++) {
    const first = page.locator('#questions .pc-question').first();
    if ((await page.locator('#questions .pc-question').count()) === 0) return steps;
    const fact = (await first.getAttribute('data-fact'))!;
    const kind = await first.getAttribute('data-kind');
    // The panel moves the focus a frame after it shows the question.
    const inside = await page
      .waitForFunction(() => document.querySelector('#questions .pc-question')?.contains(document.activeElement) ?? false, null, {
        timeout: 3_000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!inside) {
      const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
      throw new Error(`the focus is not on the first question (${fact}) but on ${active}`);
    }
    const given = facts[fact];
    let step: AnsweredStep;
    if (given === undefined) {
      await page.keyboard.press('0');
      step = { fact, keys: '0', value: 'dont-know' };
    } else if (kind === 'country') {
      await page.keyboard.type(String(given));
      await page.keyboard.press('Enter');
      step = { fact, keys: `${given} Enter`, value: String(given) };
    } else {
      const values = await first.locator('button[data-value]').evaluateAll((buttons) =>
        buttons.map((b) => (b as HTMLElement).dataset.value!).filter((v) => v !== 'dont-know'),
      );
      const value = pick(values, given);
      if (value === undefined) throw new Error(`question ${fact}: no answer for ${String(given)} among ${values.join(', ')}`);
      const digit = String(values.indexOf(value) + 1);
      await page.keyboard.press(digit);
      step = { fact, keys: digit, value };
    }
    // The question goes away once answered.
    await page.locator(`#questions .pc-question[data-fact="${fact}"]`).waitFor({ state: 'detached', timeout: 5_000 });
    steps.push(step);
    await onStep?.(step, i);
  }
  throw new Error('more than 40 questions: the panel keeps asking');
}

export interface PanelVerdict {
  firstPayer: string;
  amu: string;
  firstPayerText: string;
  amuText: string;
  /** The aria-live announcement: "Bill first: … · AMU attestation: …". */
  line: string;
  payers: string[];
  warnings: string[];
}

export async function readVerdict(page: Page): Promise<PanelVerdict> {
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor({ timeout: 10_000 });
  return {
    firstPayer: (await verdict.getAttribute('data-first-payer')) ?? '',
    amu: (await verdict.getAttribute('data-amu')) ?? '',
    firstPayerText: (await page.getByTestId('first-payer').innerText()).trim(),
    amuText: (await page.getByTestId('amu-badge').innerText()).trim(),
    line: (await page.getByTestId('announcement').innerText()).trim(),
    payers: await page.locator('[data-payer]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.payer!)),
    warnings: await page.locator('[data-warning]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.warning!)),
  };
}

/** Clicks the language button (FR, NL, DE, EN) and waits for the page to speak it. */
export async function setLanguage(page: Page, language: 'fr' | 'nl' | 'de' | 'en'): Promise<void> {
  await page.locator(`.pc-langs button[lang="${language}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
}
