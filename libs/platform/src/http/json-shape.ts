import { DomainError } from '../errors/domain-error';

/** No DTO nests deeper than a few levels; 32 leaves room for free-form JSON notes. */
export const MAX_JSON_DEPTH = 32;
/** The largest array a DTO accepts holds 500 items; an object has far fewer keys. */
export const MAX_JSON_WIDTH = 1000;

/**
 * Measures a JSON text's nesting and widest container in one pass over its characters, without
 * parsing it and without recursion, so a body of 100,000 nested brackets costs microseconds and
 * never reaches code that walks values recursively (class-transformer, class-validator).
 * Returns the problem, or null when the text stays within the limits.
 */
export function jsonShapeProblem(text: string | Uint8Array, maxDepth = MAX_JSON_DEPTH, maxWidth = MAX_JSON_WIDTH): string | null {
  // UTF-8 bytes below 0x80 only ever stand for themselves, so bytes and characters scan alike.
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i];
  const widths: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      widths.push(1);
      if (widths.length > maxDepth) return `JSON nests deeper than ${maxDepth} levels`;
    } else if (c === 0x5d || c === 0x7d) widths.pop();
    else if (c === 0x2c && widths.length > 0) {
      if (++widths[widths.length - 1] > maxWidth) return `A JSON array or object has more than ${maxWidth} entries`;
    }
  }
  return null;
}

export class JsonTooComplexError extends DomainError {
  constructor(detail: string) {
    super(400, 'JSON_TOO_COMPLEX', '请求体结构过于复杂 / JSON too deep or too wide', detail);
  }
}
