import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id, 19 MiB, 2 passes, 1 lane: the OWASP minimum recommendation. */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

/** A valid hash of nothing anyone knows: login compares against it for unknown users so timing does not tell. */
export const DUMMY_HASH_PROMISE = hashPassword(`dummy-${Math.random()}`);
