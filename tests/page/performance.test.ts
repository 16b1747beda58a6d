// @vitest-environment happy-dom
/**
 * Detection on a heavy page stays proportional to the page, not to rows × labels: grid cells
 * are classified once per column and neighbourhood, tables indexed once, label texts matched
 * once. Timing in happy-dom is only a coarse guard; the real figures come from Chromium
 * (phase 2's bench).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDetectionCache, detectFields } from '../../components/page/detect-fields';

const COLUMNS = ['Date', 'Nom', 'Prénom', 'Nationalité', 'NISS', 'Commune', 'Mutualité', 'Débiteur', 'Chambre', 'Remarque'];

function grid(rows: number): void {
  document.body.innerHTML = `<div><label>NISS <input id="h"></label></div><table><thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody></tbody></table>`;
  const tbody = document.querySelector('tbody')!;
  const row = `<tr>${COLUMNS.map((_, c) => `<td><input name="rows[{r}].c${c}" value="x"></td>`).join('')}</tr>`;
  const html: string[] = [];
  for (let r = 0; r < rows; r++) html.push(row.replaceAll('{r}', String(r)));
  tbody.innerHTML = html.join('');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('a 1,000 × 10 grid', () => {
  it('classifies each column once, not each cell', () => {
    grid(1000);
    const cache = createDetectionCache();
    const fields = detectFields(document, { cache });
    expect(fields).toHaveLength(1 + 5 * 1000);
    expect(new Set(fields.slice(1).map((f) => f.kind))).toEqual(new Set(['nationality', 'national-number', 'commune', 'insurer', 'payer']));
    expect(cache.grid.size).toBeLessThanOrEqual(COLUMNS.length);
  });

  it('takes time proportional to its size (coarse, happy-dom)', () => {
    const time = (rows: number): number => {
      grid(rows);
      detectFields(document); // warm the label memo, as a content script's second pass would be
      const start = performance.now();
      detectFields(document);
      return performance.now() - start;
    };
    const small = time(200);
    const large = time(1000);
    expect(large).toBeLessThan(3_000);
    expect(large / Math.max(small, 1)).toBeLessThan(12); // 5× the rows: not quadratic
  });

  it('handles rows appended later with the same cache, indexing the table again once per batch', () => {
    grid(100);
    const cache = createDetectionCache();
    detectFields(document, { cache });
    const tbody = document.querySelector('tbody')!;
    const added: HTMLTableRowElement[] = [];
    for (let r = 0; r < 50; r++) {
      const tr = document.createElement('tr');
      tr.innerHTML = COLUMNS.map((_, c) => `<td><input name="late${r}.c${c}"></td>`).join('');
      tbody.append(tr);
      added.push(tr);
    }
    const fields = added.flatMap((tr) => detectFields(tr, { cache }));
    expect(fields).toHaveLength(5 * 50);
    expect(fields.every((f) => f.decidedBy === 'column-header')).toBe(true);
  });
});
