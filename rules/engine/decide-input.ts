/** Validates unknown input (throws `SituationError` naming each wrong field) and decides it. */
import { parseSituation } from '../schema/situation';
import type { Verdict } from '../schema/verdict';
import { decideSituation } from './decide';

export function decide(input: unknown): Verdict {
  return decideSituation(parseSituation(input));
}
