import type { FieldError } from '../errors/domain-error';

// A NUL cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate is
// silently turned into U+FFFD on the way there (or refused inside jsonb): either way what would
// be stored differs from what was validated and audited.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): Omit<FieldError, 'field'> | null {
  if (text.includes('\u0000')) return { code: 'noNulCharacter', message: 'must not contain the NUL character (U+0000)' };
  if (LONE_SURROGATE.test(text)) return { code: 'wellFormedUnicode', message: 'must be well-formed Unicode (no lone surrogate)' };
  return null;
}

/**
 * Every string in a request value, keys included, as one rule for all text input. Paths use
 * the validation errors' form (`employment.notes[0]`). The value has already passed the JSON
 * shape check, so its depth is bounded.
 */
export function unsafeTextErrors(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field: path, ...problem }] : [];
  }
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  const out: FieldError[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => out.push(...unsafeTextErrors(item, `${path}[${index}]`)));
    return out;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyProblem = textProblem(key);
    const child = path ? `${path}.${keyProblem ? '?' : key}` : keyProblem ? '?' : key;
    if (keyProblem) out.push({ field: child, code: keyProblem.code, message: `field names ${keyProblem.message}` });
    else out.push(...unsafeTextErrors(item, child));
  }
  return out;
}
