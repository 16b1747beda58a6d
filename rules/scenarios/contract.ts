/**
 * The scenario contract of `../shared/scenarios/README.md`: the file format (validated with
 * zod, errors naming the scenario and the field) and the comparison of a verdict with `expect`.
 * Pure: the Node command in `tests/scenarios/cli.ts` only reads files and prints.
 */
import { z } from 'zod';
import { SituationSchema } from '../schema/situation';
import { PAYER_IDS } from '../i18n/payer-texts';
import { WARNING_IDS } from '../i18n/warning-texts';
import type { Verdict } from '../schema/verdict';
import { decideSituation } from '../engine/decide';

const payerId = z.enum(PAYER_IDS, { error: () => `expected a payer id (${PAYER_IDS.join(', ')})` });
const warningId = z.enum(WARNING_IDS, { error: () => `expected a warning id (${WARNING_IDS.join(', ')})` });

export const ExpectSchema = z.strictObject(
  {
    firstPayer: payerId.optional(),
    payersInclude: z.array(payerId).optional(),
    payersExclude: z.array(payerId).optional(),
    amuAttestation: z.enum(['required', 'not-required', 'depends'], { error: () => 'expected required, not-required or depends' }).optional(),
    warningsInclude: z.array(warningId).optional(),
    warningsExclude: z.array(warningId).optional(),
    insuranceAccess: z
      .enum(['sufficient', 'sufficient-in-principle', 'some-cases', 'insufficient'], {
        error: () => 'expected sufficient, sufficient-in-principle, some-cases or insufficient',
      })
      .optional(),
    nationalRegister: z.enum(['yes', 'no', 'depends'], { error: () => 'expected yes, no or depends' }).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown expectation(s): ${issue.keys.join(', ')}` : undefined) },
);

export const ScenarioSchema = z.object({
  id: z.string({ error: () => 'expected a kebab-case id' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' }),
  title: z.string().optional(),
  source: z.string().optional(),
  situation: SituationSchema,
  expect: ExpectSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioFileSchema = z.object({
  scenarios: z.array(ScenarioSchema, { error: () => 'expected an array of scenarios' }),
});

export interface FileError {
  readonly file: string;
  readonly messages: readonly string[];
}

/** Validates one parsed file; each message names the scenario (id, or its position) and the field. */
export function validateScenarioFile(file: string, json: unknown): { scenarios: Scenario[] } | FileError {
  const r = ScenarioFileSchema.safeParse(json);
  if (!r.success) {
    const raw = (json as { scenarios?: unknown[] } | null)?.scenarios;
    const messages = r.error.issues.map((issue) => {
      const [top, index, ...rest] = issue.path;
      if (top === 'scenarios' && typeof index === 'number') {
        const id = (raw?.[index] as { id?: unknown } | undefined)?.id;
        const who = typeof id === 'string' ? `scenario "${id}" (#${index + 1})` : `scenario #${index + 1}`;
        return `${who}, field ${rest.length ? rest.join('.') : '(scenario)'}: ${issue.message}`;
      }
      return `field ${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`;
    });
    return { file, messages };
  }
  const seen = new Set<string>();
  const dup = r.data.scenarios.filter((s) => (seen.has(s.id) ? true : (seen.add(s.id), false)));
  if (dup.length) return { file, messages: dup.map((s) => `scenario "${s.id}": duplicate id`) };
  return { scenarios: r.data.scenarios };
}

/** Every expectation that the verdict does not meet, as "key: expected …, decided …". */
export function compare(expect: Scenario['expect'], v: Verdict): string[] {
  const out: string[] = [];
  const payers = v.payers.map((p) => p.id);
  const warnings = v.warnings.map((w) => w.id);
  if (expect.firstPayer && v.firstPayer !== expect.firstPayer) out.push(`firstPayer: expected ${expect.firstPayer}, decided ${v.firstPayer} (${payers.join(' > ')})`);
  for (const p of expect.payersInclude ?? []) if (!payers.includes(p)) out.push(`payersInclude: expected ${p}, decided ${payers.join(' > ')}`);
  for (const p of expect.payersExclude ?? []) if (payers.includes(p)) out.push(`payersExclude: expected no ${p}, decided ${payers.join(' > ')}`);
  if (expect.amuAttestation && v.amuAttestation.value !== expect.amuAttestation) out.push(`amuAttestation: expected ${expect.amuAttestation}, decided ${v.amuAttestation.value}`);
  for (const w of expect.warningsInclude ?? []) if (!warnings.includes(w)) out.push(`warningsInclude: expected ${w}, decided [${warnings.join(', ')}]`);
  for (const w of expect.warningsExclude ?? []) if (warnings.includes(w)) out.push(`warningsExclude: expected no ${w}, decided [${warnings.join(', ')}]`);
  if (expect.insuranceAccess && v.insuranceAccess.value !== expect.insuranceAccess) out.push(`insuranceAccess: expected ${expect.insuranceAccess}, decided ${v.insuranceAccess.value}`);
  if (expect.nationalRegister && v.nationalRegister.value !== expect.nationalRegister) out.push(`nationalRegister: expected ${expect.nationalRegister}, decided ${v.nationalRegister.value}`);
  return out;
}

export interface ScenarioResult {
  readonly file: string;
  readonly id: string;
  readonly failures: readonly string[];
}

export function runScenarios(file: string, scenarios: readonly Scenario[]): ScenarioResult[] {
  return scenarios.map((s) => ({ file, id: s.id, failures: compare(s.expect, decideSituation(s.situation)) }));
}
