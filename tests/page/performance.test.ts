// @vitest-environment happy-dom
/**
 * Detection on a heavy page stays proportional to the page, not to rows × labels: grid cells
 * are classified once per column and neighbourhood, tables indexed once, label texts matched
 * once. Checked by what detection had to work out, never by the clock (speed is measured by
 * `npm run bench` in Chromium).
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

// Building a 10,000-input page in happy-dom takes seconds on a loaded 2-core machine: a generous
// timeout (a guard against hangs, not a speed assertion).
describe('a 1,000 × 10 grid', { timeout: 60_000 }, () => {
  it('classifies each column once, not each cell', () => {
    grid(1000);
    const cache = createDetectionCache();
    const fields = detectFields(document, { cache });
    expect(fields).toHaveLength(1 + 5 * 1000);
    expect(new Set(fields.slice(1).map((f) => f.kind))).toEqual(new Set(['nationality', 'national-number', 'commune', 'insurer', 'payer']));
    expect(cache.grid.size).toBeLessThanOrEqual(COLUMNS.length);
  });

  it('does the same per-column work for 200 rows as for 1,000 (no per-cell classification)', () => {
    const work = (rows: number) => {
      grid(rows);
      const cache = createDetectionCache();
      const fields = detectFields(document, { cache });
      return { fields: fields.length, grid: cache.grid.size, sections: cache.sections.size };
    };
    const small = work(200);
    const large = work(1000);
    expect(small.fields).toBe(1 + 5 * 200);
    expect(large.fields).toBe(1 + 5 * 1000);
    // What detection had to work out (columns, sections) does not grow with the rows.
    expect(large.grid).toBeGreaterThan(0);
    expect(large.grid).toBe(small.grid);
    expect(large.sections).toBe(small.sections);
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
