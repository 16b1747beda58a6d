/**
 * The literal pieces one of which every match of a regular expression must contain:
 * "\b(?:mutualite|ziekenfonds\w*|(te )?verwittigen)\b" → ["mutualite", "ziekenfonds",
 * "verwittigen"]. A text holding none of them cannot match, so the expression need not be run,
 * nor compiled, for it. Used at build time (tests/tools/write-vocabulary-gates.ts) to write the
 * vocabulary's gates; the content script only reads the result (vocabulary-gates.ts).
 *
 * A pure function over the expression's source, for the syntax the vocabulary uses (alternation,
 * groups, lookarounds, classes, escapes, quantifiers). Whatever it cannot prove gives null: that
 * expression is then always run. Sound, never complete: a gate may let through a text that does
 * not match, never turn away one that does.
 */

/** The literals of which every match contains one, or null when none can be proven. */
export function literalGate(source: string): string[] | null {
  const parsed = parseAlternation(source, 0);
  if (!parsed || parsed.end !== source.length || !parsed.literals || parsed.literals.length === 0) return null;
  return [...new Set(parsed.literals)];
}

interface Parsed {
  /** The literals (any match of this part contains one), or null: none proven. */
  readonly literals: string[] | null;
  readonly end: number;
}

/** Characters that stand for themselves: lower-case letters and digits, space, apostrophe, hyphen. */
function isPlain(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 32 || code === 39 || code === 45;
}

/** `alt|alt|…` up to an unmatched `)` or the end: every alternative must give literals. */
function parseAlternation(source: string, start: number): Parsed | null {
  const all: string[] = [];
  let provable = true;
  let i = start;
  for (;;) {
    const seq = parseSequence(source, i);
    if (!seq) return null;
    if (seq.literals) all.push(...seq.literals);
    else provable = false;
    i = seq.end;
    if (source.charCodeAt(i) !== 124 /* | */) return { literals: provable ? all : null, end: i };
    i++;
  }
}

/**
 * A sequence of items (runs of plain characters, groups, classes, escapes), each required or
 * optional. The best required item, the one whose shortest literal is longest, stands for it.
 */
function parseSequence(source: string, start: number): Parsed | null {
  let best: string[] | null = null;
  let bestShortest = 0;
  const consider = (literals: string[] | null): void => {
    if (!literals || literals.length === 0) return;
    let shortest = Infinity;
    for (const l of literals) if (l.length < shortest) shortest = l.length;
    if (shortest > bestShortest || (shortest === bestShortest && best !== null && literals.length < best.length)) {
      best = literals;
      bestShortest = shortest;
    }
  };
  let runStart = -1;
  let runEnd = -1;
  const endRun = (): void => {
    if (runStart >= 0 && runEnd > runStart) consider([source.slice(runStart, runEnd)]);
    runStart = runEnd = -1;
  };
  let i = start;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === 124 /* | */ || code === 41 /* ) */) break;
    if (code === 40 /* ( */) {
      endRun();
      let inner = i + 1;
      let zeroWidth = false;
      if (source.startsWith('?:', inner)) inner += 2;
      else if (source.startsWith('?<=', inner) || source.startsWith('?<!', inner)) (inner += 3), (zeroWidth = true);
      else if (source.startsWith('?=', inner) || source.startsWith('?!', inner)) (inner += 2), (zeroWidth = true);
      else if (source.charCodeAt(inner) === 63 /* ? */) return null; // named groups and the like: not in the vocabulary
      const group = parseAlternation(source, inner);
      if (!group || source.charCodeAt(group.end) !== 41) return null;
      const q = quantifier(source, group.end + 1);
      if (Number.isNaN(q)) return null;
      if (!zeroWidth && q > 0) consider(group.literals);
      i = Math.abs(q);
      continue;
    }
    let next: number;
    if (code === 91 /* [ */) {
      const close = classEnd(source, i);
      if (close < 0) return null;
      next = close + 1;
    } else if (code === 92 /* backslash */) {
      if (i + 1 >= source.length) return null;
      next = i + 2;
    } else if (code === 94 /* ^ */ || code === 36 /* $ */ || code === 46 /* . */) {
      next = i + 1;
    } else if (isPlain(code)) {
      const q = quantifier(source, i + 1);
      if (Number.isNaN(q)) return null;
      const end = Math.abs(q);
      if (end === i + 1 || q > 0) {
        // The character is there: alone, or at least once ("s+", "s{2}"), and then the run ends.
        if (runStart < 0) runStart = i;
        runEnd = i + 1;
        if (end !== i + 1) endRun();
      } else {
        endRun(); // "s?", "s*": the character may be missing, the run stops before it
      }
      i = end;
      continue;
    } else {
      return null; // a quantifier with nothing before it, or syntax not known here
    }
    endRun();
    const q = quantifier(source, next);
    if (Number.isNaN(q)) return null;
    i = Math.abs(q);
  }
  endRun();
  return { literals: best, end: i };
}

/**
 * The quantifier at `i` (none, ?, *, +, {n}, {n,m}, each maybe lazy), as where it ends: positive
 * when it requires one occurrence at least, negative when not (0 or more); NaN when malformed.
 */
function quantifier(source: string, i: number): number {
  const c = source.charCodeAt(i);
  let end = i;
  let required = true;
  if (c === 63 /* ? */ || c === 42 /* * */) (end = i + 1), (required = false);
  else if (c === 43 /* + */) end = i + 1;
  else if (c === 123 /* { */) {
    const close = source.indexOf('}', i);
    const m = close > i ? /^\{(\d+)(,\d*)?\}$/.exec(source.slice(i, close + 1)) : null;
    if (!m) return Number.NaN;
    end = close + 1;
    required = Number(m[1]) > 0;
  }
  if (end > i && source.charCodeAt(end) === 63) end++; // lazy
  return required ? end : -end;
}

/** Where the character class opening at `open` closes, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source.charCodeAt(i) === 92) i++;
    else if (source.charCodeAt(i) === 93 /* ] */ && i > open + 1) return i;
  }
  return -1;
}
