/** The verdict: the contract's keys (`../shared/scenarios/README.md`) plus explanations, citations and next questions. */
import { z } from 'zod';
import { DOCUMENT_IDS } from './situation';
import { PAYER_IDS } from '../i18n/payer-texts';
import { WARNING_IDS } from '../i18n/warning-texts';
import { SOURCES } from '../sources/registry';

const text = z.object({ fr: z.string().min(1), nl: z.string().min(1), de: z.string().min(1), en: z.string().min(1) });
export const CitationSchema = z.object({
  source: z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]),
  section: z.string().min(1),
  quote: z.string().min(8),
});
const citations = z.array(CitationSchema).min(1);

export const VerdictSchema = z.object({
  document: z.enum(DOCUMENT_IDS),
  decidedAs: z.enum(DOCUMENT_IDS),
  firstPayer: z.enum(PAYER_IDS),
  payers: z
    .array(z.object({ id: z.enum(PAYER_IDS), name: text, why: text, actions: z.array(text), citations }))
    .min(1),
  amuAttestation: z.object({
    value: z.enum(['required', 'not-required', 'depends']),
    reason: text,
    dependsOn: z.array(z.string()),
    citations,
  }),
  cpasAid: z.enum(['full', 'amu', 'none', 'depends']),
  warnings: z.array(z.object({ id: z.enum(WARNING_IDS), text, citations })),
  insuranceAccess: z.object({ value: z.enum(['sufficient', 'sufficient-in-principle', 'some-cases', 'insufficient']), citations }),
  nationalRegister: z.object({ value: z.enum(['yes', 'no', 'depends']), citations }),
  qualities: z.object({
    holder: z.array(z.string()),
    dependant: z.array(z.string()),
    known: z.array(z.string()),
    citations,
  }),
  uncertain: z.array(z.object({ note: text, citations })),
  nextQuestions: z.array(
    z.object({
      fact: z.string(),
      kind: z.enum(['choice', 'country', 'months']),
      question: text,
      answers: z.array(z.object({ value: z.union([z.string(), z.number(), z.boolean()]), label: text })),
      changes: z.array(z.enum(['first-payer', 'amu-attestation', 'payers', 'warnings'])).min(1),
    }),
  ),
});
export type Verdict = z.infer<typeof VerdictSchema>;
