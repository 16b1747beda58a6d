/**
 * JSON.parse, but knowing where things are: a syntax error names its line and column, and
 * every value's line is recorded by its path, so that a schema error can say "line 7,
 * https://his.example.be › payer". Strict JSON only (no comments, no trailing commas).
 */
export type JsonPath = readonly (string | number)[];

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  readonly value: unknown;
  /** The line (1-based) where the value at a path starts. */
  lineOf(path: JsonPath): number | null;
}

export const pathKey = (path: JsonPath): string => JSON.stringify(path);

export function parseJsonWithLines(text: string): LocatedJson {
  let i = 0;
  const lines = new Map<string, number>();
  const lineAt = (index: number): number => {
    let n = 1;
    for (let k = 0; k < index && k < text.length; k++) if (text.charCodeAt(k) === 10) n++;
    return n;
  };
  const fail = (what: string, at = i): never => {
    const line = lineAt(at);
    const column = at - text.lastIndexOf('\n', at - 1);
    throw new JsonSyntaxError(`${what} (line ${line}, column ${column})`, line, column);
  };
  const space = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const literal = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail('unexpected text');
  };
  const string = (): string => {
    const start = i;
    i++; // the opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('unterminated string', start);
      if (c === '\\') {
        const next = text[i + 1];
        const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (next !== undefined && next in escapes) {
          out += escapes[next];
          i += 2;
        } else {
          fail('invalid escape in a string');
        }
        continue;
      }
      out += c;
      i++;
    }
    return fail('unterminated string', start);
  };
  const value = (path: (string | number)[]): unknown => {
    space();
    lines.set(pathKey(path), lineAt(i));
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      space();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a "key"');
        const key = string();
        space();
        if (text[i] !== ':') fail('expected ":" after a key');
        i++;
        out[key] = value([...path, key]);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return out;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      space();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value([...path, out.length]));
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return out;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    return fail(i >= text.length ? 'unexpected end of the text' : 'unexpected character');
  };
  const result = value([]);
  space();
  if (i < text.length) fail('unexpected text after the end');
  return {
    value: result,
    lineOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const line = lines.get(pathKey(path.slice(0, n)));
        if (line !== undefined) return line;
      }
      return null;
    },
  };
}
