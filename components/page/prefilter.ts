/**
 * A cheap, exact pre-check for the vocabulary's expressions. Nearly every label matches only a
 * handful of the vocabulary's ~180 expressions, yet each one tested had to be compiled (most of
 * the first scan's time on a heavy page) and run. Each `words(…)` / `whole(…)` expression knows
 * the first two characters any of its matches can begin with; a text none of whose words begins
 * so cannot match, and the expression is neither compiled nor run for it.
 *
 * Exact, never approximate: the prefixes are a superset of what the expression can match (any
 * syntax not understood here gives no prefilter at all), so `mayMatch(text) === false` implies
 * that the expression does not match `text`. tests/page/prefilter.test.ts checks that on every
 * vocabulary expression against texts built from the vocabulary itself.
 */

/** Possible beginnings of a match: strings of 1–2 characters ("starts with"). */
type Prefixes = Set<string>;

const K = 2;
const WORD = /\w/;

/** Ends a prefix after which a class of characters comes: nothing known can be appended. */
const OPEN = '\u0001';

/**
 * The prefixes of an alternation source such as `a(b|c)?d|ef\\w*`, or null when it uses syntax
 * this parser does not follow (then the expression is always run).
 */
export function alternationPrefixes(source: string): Prefixes | null {
  let i = 0;
  // Returns the set of prefixes (truncated to K) of the alternation starting at i, up to ')' or end.
  const alternation = (): Prefixes | null => {
    const out: Prefixes = new Set();
    for (;;) {
      const seq = sequence();
      if (seq === null) return null;
      for (const p of seq) out.add(p);
      if (source[i] === '|') {
        i++;
        continue;
      }
      return out;
    }
  };
  // A concatenation: the set of prefixes, '' standing for the empty match so far.
  const sequence = (): Prefixes | null => {
    let acc: Prefixes = new Set(['']);
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: Prefixes | null;
      const c = source[i]!;
      if (c === '(') {
        i++;
        let lookaround = false;
        if (source[i] === '?') {
          if (source[i + 1] === ':') i += 2;
          else if (source[i + 1] === '=' || source[i + 1] === '!') {
            i += 2;
            lookaround = true;
          } else return null;
        }
        const inner = alternation();
        if (inner === null || source[i] !== ')') return null;
        i++;
        atom = lookaround ? new Set(['']) : inner;
      } else if (c === '\\') {
        const e = source[i + 1];
        if (e === undefined) return null;
        i += 2;
        if (e === 'b' || e === 'B') atom = new Set(['']); // zero-width: ignoring it only widens
        else if (/[a-zA-Z0-9]/.test(e)) atom = null; // \w, \d, \s, \u…, back-references: a class
        else atom = new Set([e]);
        if (atom === null) {
          acc = open(acc);
          if (acc.has(OPEN)) return null;
          // A class may repeat or be optional: from here on only the prefixes so far are known.
          skipQuantifier();
          skipToSequenceEnd();
          return acc;
        }
      } else if (c === '[' || c === '.') {
        acc = open(acc);
        if (acc.has(OPEN)) return null;
        skipToSequenceEnd();
        return acc;
      } else if (c === '^' || c === '$') {
        i++;
        atom = new Set(['']);
      } else if ('*+?{'.includes(c)) {
        return null;
      } else {
        i++;
        atom = new Set([c]);
      }
      const q = source[i];
      if (q === '{') return null;
      if (q === '?' || q === '*' || q === '+') {
        i++;
        if (source[i] === '?') i++; // lazy: the same strings
        const twice = concat(atom, atom);
        const options: Prefixes = new Set(q === '+' ? [] : ['']);
        for (const p of atom) options.add(p);
        if (q !== '?') for (const p of twice) options.add(p);
        atom = options;
      }
      acc = concat(acc, atom);
    }
    return acc;
  };
  const skipQuantifier = (): void => {
    while (i < source.length && '*+?'.includes(source[i]!)) i++;
  };
  // After a class: the rest of this alternative is irrelevant, but nested groups must be skipped whole.
  const skipToSequenceEnd = (): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '[') {
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === '|' && depth === 0) return;
      i++;
    }
  };
  const result = alternation();
  if (result === null || i !== source.length || result.has('')) return null;
  return new Set(Array.from(result, (p) => (p.endsWith(OPEN) ? p.slice(0, -1) : p)));
}

/** Strings of `a` followed by strings of `b`, cut to K characters. */
function concat(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Set();
  for (const x of a) {
    if (x.length >= K || x.endsWith(OPEN)) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, K));
  }
  return out;
}

/** A class of characters comes next: each unfinished prefix is known only so far. */
function open(acc: Prefixes): Prefixes {
  return new Set(Array.from(acc, (p) => (p.length >= K || p.endsWith(OPEN) ? p : p + OPEN)));
}

/**
 * The pre-check of one expression: `\b(?:…)\b` (words) needs a word of the text to begin with
 * one of the prefixes; `^(?:…)$` (whole) needs the text to.
 */
export interface Prefilter {
  mayMatch(text: string): boolean;
}

export function wordsPrefilter(alternation: string): Prefilter | null {
  const prefixes = alternationPrefixes(alternation);
  // Every match must begin with a word character right after \b: a word's start.
  if (!prefixes || [...prefixes].some((p) => !WORD.test(p[0]!))) return null;
  const one = new Set<string>();
  const two = new Set<string>();
  for (const p of prefixes) (p.length === 1 ? one : two).add(p);
  return {
    mayMatch(text) {
      const starts = wordStarts(text);
      for (let k = 0; k < starts.length; k++) {
        const p = starts[k]!;
        if (one.has(text[p]!) || two.has(text.slice(p, p + 2))) return true;
      }
      return false;
    },
  };
}

export function wholePrefilter(alternation: string): Prefilter | null {
  const prefixes = alternationPrefixes(alternation);
  if (!prefixes) return null;
  const one = new Set<string>();
  const two = new Set<string>();
  for (const p of prefixes) (p.length === 1 ? one : two).add(p);
  return { mayMatch: (text) => text.length > 0 && (one.has(text[0]!) || two.has(text.slice(0, 2))) };
}

let lastText: string | undefined;
let lastStarts: number[] = [];

/** Where the words of the text begin (as `\b` sees words), for the last text asked: the vocabulary asks about one text many times in a row. */
function wordStarts(text: string): number[] {
  if (text === lastText) return lastStarts;
  const starts: number[] = [];
  let before = false;
  for (let p = 0; p < text.length; p++) {
    const word = isWordChar(text.charCodeAt(p));
    if (word && !before) starts.push(p);
    before = word;
  }
  lastText = text;
  lastStarts = starts;
  return starts;
}

/** JavaScript's `\w` without the u flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
