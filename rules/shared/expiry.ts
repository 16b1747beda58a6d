/**
 * Document expiry. An expired document is a warning and a question (a hospitalised person is
 * exempt from renewing on time; an Annexe 15 may follow), never an automatic "no legal stay".
 * Source: DOMAIN.md, agii.be card pages.
 */
/** Both dates as YYYY-MM-DD: ISO strings compare in calendar order. The document is valid on its last day. */
export function isExpired(validUntil: string, today: string): boolean {
  return validUntil < today;
}

/** Whole days from `today` to `validUntil` (negative once expired). */
export function daysLeft(validUntil: string, today: string): number {
  const ms = Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
