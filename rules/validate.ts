/** Validation of untrusted input and of verdicts, with zod: for the scenario runner, tests and any caller that receives data from outside. */
export { decide } from './engine/decide-input';
export { parseSituation, SituationError, SituationSchema } from './schema/situation';
export { VerdictSchema } from './schema/verdict';
