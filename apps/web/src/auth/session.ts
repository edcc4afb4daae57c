import type { components } from '../api/schema';

type Tokens = components['schemas']['TokenResponseDto'];

/**
 * The signed-in session. The access token lives only in memory (gone with the tab); the
 * refresh token is an HttpOnly cookie the API sets, limited to /api/v1/auth, so no script on
 * the page can read it, and a reload signs in again by exchanging it.
 */
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<(signedIn: boolean) => void>();

export function currentToken(): string | null {
  return accessToken;
}

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setToken(token: string | null): void {
  const changed = (token === null) !== (accessToken === null);
  accessToken = token;
  if (changed) for (const l of listeners) l(token !== null);
}

async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
}

/** Signs in; the refresh token goes into the cookie. Answers the raw response for error display. */
export async function signIn(username: string, password: string): Promise<Response> {
  const res = await postJson('/api/v1/auth/login', { username, password, refreshTransport: 'cookie' });
  if (res.ok) setToken(((await res.clone().json()) as Tokens).accessToken);
  return res;
}

/** Exchanges the cookie for a new access token; concurrent callers share one exchange. */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await postJson('/api/v1/auth/refresh', {});
      if (!res.ok) {
        setToken(null);
        return false;
      }
      setToken(((await res.json()) as Tokens).accessToken);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut(): Promise<void> {
  const token = accessToken;
  setToken(null);
  if (token) {
    await fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` }, credentials: 'same-origin' }).catch(() => undefined);
  }
}
