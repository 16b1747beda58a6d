/**
 * Plain words looked up instead of compiled: the vocabulary's alternations are mostly plain words
 * and phrases ("mutualite", "organisme assureur"). V8 compiles a large alternation twice on its
 * first two runs (to bytecode, then to machine code), which cost a HIS page tens of milliseconds.
 * Here the plain alternatives become a lookup by word, and only the others are left to a (much
 * smaller) regular expression.
 *
 * Exactness: normalised text (`normalizeText`) is lower-case letters, digits and single spaces.
 * In such a text, `\b(?:a b)\b` matches exactly when the words "a", "b" follow each other, and
 * `\bab\w*\b` exactly when a word starts with "ab". Texts with any other character (a "+", upper
 * case, punctuation) are left to the whole expression, so the answer is always the expression's.
 */

/** A phrase of plain words; the last may be a prefix (`verzekeringsinstelling\w*`). */
interface Phrase {
  readonly words: readonly string[];
  readonly lastIsPrefix: boolean;
}

export interface WordLookup {
  /** Plain phrases by their first word (a first word that is a prefix is in `prefixes`). */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** One-word prefixes (`ziekenfonds\w*`). */
  readonly prefixes: readonly string[];
  /** The alternatives that are not plain, joined by `|`; '' when there are none. */
  readonly rest: string;
}

const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/** At most this many phrases stand for one alternative ("(date )?(de )?fin de (validite|valabilite)": 8). */
const MOST_PHRASES = 64;

/** The top-level alternatives of an alternation's body ("a|b(c|d)|e" → a, b(c|d), e). */
export function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/**
 * The phrases an alternative stands for, when it is made of plain words, groups of such
 * alternatives and `?` only ("mutualites?", "date d (expiration|echeance)", "e ?mail"), with
 * perhaps an open end (`\w*`); null for anything else (a class, a lookaround, `.*`, `\d`…).
 */
export function phrasesOf(alternative: string): { readonly phrases: readonly string[]; readonly open: boolean } | null {
  const open = alternative.endsWith('\\w*');
  const source = open ? alternative.slice(0, -3) : alternative;
  let at = 0;
  const sequence = (): string[] | null => {
    let out = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let piece: string[] | null;
      const c = source[at]!;
      if (/[a-z0-9 ]/.test(c)) {
        piece = [c];
        at++;
      } else if (c === '(') {
        at += source.startsWith('(?:', at) ? 3 : 1;
        if (source[at] === '?') return null; // a lookaround or a named group
        piece = alternatives();
        if (piece === null || source[at] !== ')') return null;
        at++;
      } else return null;
      if (source[at] === '?') {
        piece = [...piece, ''];
        at++;
      }
      out = out.flatMap((head) => piece!.map((tail) => head + tail));
      if (out.length > MOST_PHRASES) return null;
    }
    return out;
  };
  const alternatives = (): string[] | null => {
    const out: string[] = [];
    for (;;) {
      const one = sequence();
      if (one === null) return null;
      out.push(...one);
      if (source[at] !== '|') return out;
      at++;
    }
  };
  const phrases = alternatives();
  if (phrases === null || at !== source.length || !phrases.every((phrase) => PLAIN_PHRASE.test(phrase))) return null;
  return { phrases: [...new Set(phrases)], open };
}

/** Splits an alternation's body into word lookups and the rest. */
export function wordLookup(body: string): WordLookup {
  const byFirstWord = new Map<string, Phrase[]>();
  const prefixes: string[] = [];
  const rest: string[] = [];
  const add = (text: string, lastIsPrefix: boolean): void => {
    const words = text.split(' ');
    if (words.length === 1 && lastIsPrefix) {
      prefixes.push(text);
      return;
    }
    const list = byFirstWord.get(words[0]!);
    const phrase = { words, lastIsPrefix };
    if (list) list.push(phrase);
    else byFirstWord.set(words[0]!, [phrase]);
  };
  for (const alternative of topLevelAlternatives(body)) {
    const found = phrasesOf(alternative);
    if (found === null) rest.push(alternative);
    else for (const phrase of found.phrases) add(phrase, found.open);
  }
  return { byFirstWord, prefixes, rest: rest.join('|') };
}

/** Normalised text as lower-case letters, digits and single spaces only. */
const PLAIN_TEXT = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

let lastText: string | undefined;
let lastWords: readonly string[] | null = null;

/** The words of a plain text (null when the text is not plain); the last answer is kept. */
export function plainWords(text: string): readonly string[] | null {
  if (text !== lastText) {
    lastText = text;
    lastWords = PLAIN_TEXT.test(text) ? text.split(' ') : null;
  }
  return lastWords;
}

/** Does one of the lookup's plain phrases occur, as whole words, in these words? */
export function hasPhrase(lookup: WordLookup, words: readonly string[]): boolean {
  const { byFirstWord, prefixes } = lookup;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
    const phrases = byFirstWord.get(word);
    if (phrases === undefined) continue;
    for (const phrase of phrases) if (phraseAt(phrase, words, i)) return true;
  }
  return false;
}

function phraseAt(phrase: Phrase, words: readonly string[], at: number): boolean {
  const wanted = phrase.words;
  if (at + wanted.length > words.length) return false;
  const last = wanted.length - 1;
  for (let j = 1; j <= last; j++) {
    const word = words[at + j]!;
    if (j === last && phrase.lastIsPrefix ? !word.startsWith(wanted[j]!) : word !== wanted[j]) return false;
  }
  // A one-word phrase is found by its first word, which is then whole (prefixes are elsewhere).
  return true;
}

/** Is the whole of these words one of the lookup's plain phrases? */
export function isPhrase(lookup: WordLookup, words: readonly string[]): boolean {
  const first = words[0]!;
  if (words.length === 1 && lookup.prefixes.some((prefix) => first.startsWith(prefix))) return true;
  const phrases = lookup.byFirstWord.get(first);
  return phrases !== undefined && phrases.some((phrase) => phrase.words.length === words.length && phraseAt(phrase, words, 0));
}
