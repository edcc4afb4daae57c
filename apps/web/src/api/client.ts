import createClient from 'openapi-fetch';
import { currentToken, refresh } from '../auth/session';
import { ApiError, NetworkError, type Problem } from './problem';
import type { paths } from './schema';

const AUTH_ROUTES = /\/api\/v1\/auth\/(login|refresh)$/;

function withToken(request: Request): Request {
  const token = currentToken();
  if (!token) return request;
  const headers = new Headers(request.headers);
  headers.set('authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/** Sends with the access token; on 401 refreshes once and retries, else the 401 stands (sign in again). */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  let response: Response;
  try {
    response = await fetch(withToken(request));
    if (response.status !== 401 || AUTH_ROUTES.test(new URL(request.url).pathname)) return response;
    if (!(await refresh())) return response;
    return await fetch(withToken(retry));
  } catch (error) {
    throw new NetworkError(error);
  }
}

export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authFetch });

/** The data of an openapi-fetch result, or its problem as an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}

export function toApiError(body: unknown, response: Response): ApiError {
  const problem = (body && typeof body === 'object' && 'status' in body ? body : undefined) as Problem | undefined;
  return new ApiError(problem ?? { type: 'about:blank', title: response.statusText || '请求失败', status: response.status, code: `HTTP_${response.status}` });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves a binary answer (an XLSX export or template) under the name the API gives it. */
export async function downloadBinary(path: string, fallbackName: string): Promise<void> {
  const response = await authFetch(new Request(new URL(path, window.location.origin)));
  if (!response.ok) throw toApiError(await response.json().catch(() => undefined), response);
  const disposition = response.headers.get('content-disposition') ?? '';
  // filename* carries a name beyond ASCII (a Chinese evidence file name); filename its ASCII stand-in.
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = (encoded && decodeURIComponent(encoded)) || /filename="([^"]+)"/.exec(disposition)?.[1] || fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a binary answer (PDF) with the session's token and opens it in a new tab. */
export async function openBinary(path: string): Promise<void> {
  const win = window.open('', '_blank');
  const response = await authFetch(new Request(new URL(path, window.location.origin)));
  if (!response.ok) {
    win?.close();
    throw toApiError(await response.json().catch(() => undefined), response);
  }
  const url = URL.createObjectURL(await response.blob());
  if (win) win.location.href = url;
  else window.location.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
