import type { TestApp } from './test-app';
import { ADMIN } from './test-app';

export interface Session {
  token: string;
  refreshToken: string;
  auth: { Authorization: string };
}

export async function login(t: TestApp, username: string, password: string): Promise<Session> {
  const res = await t.http().post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.accessToken, refreshToken: res.body.refreshToken, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}

export const loginAdmin = (t: TestApp) => login(t, ADMIN.username, ADMIN.password);
