/**
 * Every problem code the API answers with. The interface is empty here: each lib's
 * `error-codes.ts` adds its catalogue's codes to it (declaration merging), so a code no
 * catalogue declares does not type-check where a `DomainError` is raised.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ErrorCodeRegistry {}

/** A problem code some lib's catalogue declares. */
export type ErrorCode = keyof ErrorCodeRegistry & string;

/** One catalogued code: the HTTP status it answers with and what it tells the person who meets it. */
export interface ErrorCodeEntry {
  /** The status; a code that two routes answer differently lists both, the usual one first. */
  readonly status: number | readonly number[];
  /** zh-CN, short and specific; keyed by status where the code means something else at another status. */
  readonly message: string | Readonly<Record<number, string>>;
}

/** A lib's codes: declared once, in the lowest lib that raises them. */
export type ErrorCatalogue = Readonly<Record<string, ErrorCodeEntry>>;

/** The registry entries a catalogue adds: `interface ErrorCodeRegistry extends CodesOf<typeof X> {}`. */
export type CodesOf<C extends ErrorCatalogue> = { readonly [K in keyof C]: true };

export function statusesOf(entry: ErrorCodeEntry): readonly number[] {
  return typeof entry.status === 'number' ? [entry.status] : entry.status;
}

/** The Chinese message of a code answered with `status` (the entry's first message for a status it does not list). */
export function errorMessage(entry: ErrorCodeEntry, status: number): string {
  if (typeof entry.message === 'string') return entry.message;
  return entry.message[status] ?? entry.message[statusesOf(entry)[0]];
}
