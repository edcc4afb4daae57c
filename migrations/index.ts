import { Foundation1764000000000 } from './1764000000000-Foundation';

/** Every migration in order. Listed explicitly so the same list runs from TypeScript and from dist/. */
export const MIGRATIONS = [Foundation1764000000000];
