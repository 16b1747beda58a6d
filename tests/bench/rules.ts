/**
 * Rules benchmark: decisions per second and p50/p99 latency of a whole verdict (with its
 * generated questionnaire) over a fixed set of random situations, on the production build of
 * the engine (bundled and minified by esbuild, as the extension ships it).
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Situation } from '../../rules/index';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** A fixed pseudo-random generator (mulberry32): the same situations on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fixedSituations(n: number, documents: readonly string[], values: Record<string, readonly unknown[]>): Situation[] {
  const r = rng(20261123);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const nationalities = ['BE', 'FR', 'PL', 'RO', 'CH', 'GB', 'MA', 'TR', 'US', 'CD', 'AF', 'UA'];
  const out: Situation[] = [];
  for (let i = 0; i < n; i++) {
    const s: Record<string, unknown> = { document: pick(documents) };
    if (r() < 0.7) s.nationality = pick(nationalities);
    if (r() < 0.4) s.monthsInBelgium = Math.floor(r() * 24);
    for (const [fact, vs] of Object.entries(values)) if (r() < 0.3) s[fact] = pick(vs);
    out.push(s as unknown as Situation);
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** The share of calls slower than 25 µs (half the goal): on these cores, mostly calls the host interrupted. */
const OVER_US = 25;
const over = (times: readonly number[]) => `${((100 * times.filter((t) => t > OVER_US).length) / times.length).toFixed(2)} % over ${OVER_US} µs`;

/** A fixed amount of arithmetic, nothing allocated: the same work every call. */
/** Where the loops' results go, so that the compiler cannot drop the work. */
export let spun = 0;

function spin(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
  return x;
}

/**
 * The machine's own noise, timed like a decision: a fixed loop as long as `targetUs`, 50,000
 * times. On these shared virtual cores nearly one call in a hundred that long is interrupted
 * for tens of µs whatever it runs (measured: 0.77 % of 5.6 µs loops over 25 µs), so a p99 sits
 * just below or just inside that tier: compare the shares over 25 µs, not only the p99s.
 */
function machineNoise(targetUs: number): string {
  for (let k = 0; k < 5000; k++) spin(1000); // optimised before it is calibrated
  let n = 1000;
  for (;;) {
    const a = process.hrtime.bigint();
    for (let k = 0; k < 1000; k++) spin(n);
    const us = Number(process.hrtime.bigint() - a) / 1000 / 1000;
    if (us >= targetUs || n > 1e8) {
      n = Math.max(1, Math.round((n * targetUs) / us));
      break;
    }
    n *= 2;
  }
  const times: number[] = [];
  for (let k = 0; k < 50_000; k++) {
    const a = process.hrtime.bigint();
    spun ^= spin(n);
    times.push(Number(process.hrtime.bigint() - a) / 1000);
  }
  times.sort((a, b) => a - b);
  return `p50 ${percentile(times, 50).toFixed(1)} µs · p99 ${percentile(times, 99).toFixed(1)} µs · ${over(times)}`;
}

export async function benchRules(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'payer-check-bench-'));
  const out = join(dir, 'rules.mjs');
  const result = await build({ entryPoints: [resolve(root, 'rules/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, metafile: false });
  writeFileSync(out, result.outputFiles[0]!.contents);
  const rules = (await import(pathToFileURL(out).href)) as typeof import('../../rules/index');
  const situations = fixedSituations(2000, rules.DOCUMENT_IDS, rules.FACT_VALUES as unknown as Record<string, readonly unknown[]>);

  let median = 0;
  const measure = (questions: boolean) => {
    // Warm up, then time each decision on its own.
    for (let i = 0; i < 3; i++) for (const s of situations) rules.decideSituation(s, { questions });
    const times: number[] = [];
    // Each situation's best of the rounds: what the code costs, apart from the machine's
    // interruptions (2 shared cores: any call can be preempted for tens of µs).
    const best = situations.map(() => Number.POSITIVE_INFINITY);
    const rounds = 5;
    const t0 = process.hrtime.bigint();
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < situations.length; i++) {
        const a = process.hrtime.bigint();
        rules.decideSituation(situations[i]!, { questions });
        const t = Number(process.hrtime.bigint() - a) / 1000;
        times.push(t);
        if (t < best[i]!) best[i] = t;
      }
    }
    const totalS = Number(process.hrtime.bigint() - t0) / 1e9;
    times.sort((a, b) => a - b);
    best.sort((a, b) => a - b);
    median = percentile(times, 50);
    return (
      `${Math.round(times.length / totalS).toLocaleString('en')} decisions/s · p50 ${percentile(times, 50).toFixed(1)} µs · p99 ${percentile(times, 99).toFixed(1)} µs · max ${times.at(-1)!.toFixed(0)} µs · ${over(times)}` +
      ` (each situation's best of ${rounds}: p50 ${percentile(best, 50).toFixed(1)} µs · p99 ${percentile(best, 99).toFixed(1)} µs)`
    );
  };
  const questions = situations.reduce((n, s) => n + rules.decideSituation(s).nextQuestions.length, 0) / situations.length;
  return [
    `rules: ${situations.length} fixed random situations × 5 rounds, each decision timed on its own (goal: p99 < 50 µs)`,
    `rules: decide(situation) → the contract's verdict (payers, AMU attestation, warnings, citations; no questionnaire): ${measure(false)}`,
    `rules: the same verdict plus its generated questionnaire (~${questions.toFixed(1)} asked, each probed over its values): ${measure(true)}`,
    `rules: machine noise, a fixed loop as long as that median decision timed the same way: ${machineNoise(median)} (the p99 this machine gives any call that long)`,
    `rules: engine bundle ${(result.outputFiles[0]!.contents.byteLength / 1024).toFixed(1)} kB minified (all four languages, citations included)`,
  ];
}
