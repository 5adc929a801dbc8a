import { getLanguage } from '../i18n/language-store';
import { translate } from '../i18n/messages';
import { ApiError, type ApiErrorDetail } from './api-error';

export const apiBase = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** The caller handles 401 itself (the sign-in form, the start-up session probe). */
  ownsAuthErrors?: boolean;
}

/** What the app must do when the server says the session is gone or needs a new password. */
export type AuthFailure = 'signed-out' | 'password-change-required';

let csrfTokenSource: () => string | null = () => null;
const authFailureListeners = new Set<(failure: AuthFailure) => void>();

/** Where the client finds the CSRF token of the current session (set once at start-up). */
export function setCsrfTokenSource(source: () => string | null): void {
  csrfTokenSource = source;
}

export function onAuthFailure(listener: (failure: AuthFailure) => void): () => void {
  authFailureListeners.add(listener);
  return () => authFailureListeners.delete(listener);
}

/** `?a=1&b=x`, leaving out empty values so that "no filter" is simply absent. */
export function toQueryString(query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function apiUrl(path: string, query?: QueryParams): string {
  return `${apiBase}${path}${toQueryString(query)}`;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = csrfTokenSource();
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', translate(getLanguage(), 'common.networkError'));
  }

  if (response.ok) {
    const text = response.status === 204 ? '' : await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await errorOf(response);
  if (!options.ownsAuthErrors) announceAuthFailure(error);
  throw error;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: ApiErrorDetail[] };
    };
    if (body.error?.code) {
      return new ApiError(
        response.status,
        body.error.code,
        body.error.message ?? body.error.code,
        body.error.details ?? [],
      );
    }
  } catch {
    // Not our JSON (a proxy's error page): fall through to a generic error.
  }
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    `${response.status} ${response.statusText}`,
  );
}

function announceAuthFailure(error: ApiError) {
  const failure: AuthFailure | null = error.is('UNAUTHENTICATED', 'SESSION_EXPIRED')
    ? 'signed-out'
    : error.is('PASSWORD_CHANGE_REQUIRED')
      ? 'password-change-required'
      : null;
  if (failure) for (const listener of authFailureListeners) listener(failure);
}

type BodyOptions = Omit<RequestOptions, 'body'>;

export interface UploadOptions {
  /** The multipart field the server reads the file from. */
  field?: string;
  /** Share of the file sent so far, 0..1. */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends one file as multipart/form-data and answers the JSON reply. XMLHttpRequest rather than
 * fetch, because only it reports how much of the upload has gone.
 */
function upload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getLanguage());
    const csrfToken = csrfTokenSource();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
      });
      if (response.ok) {
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        return;
      }
      void errorOf(response).then((error) => {
        announceAuthFailure(error);
        reject(error);
      });
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', translate(getLanguage(), 'common.networkError')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(options.field ?? 'file', file);
    xhr.send(form);
  });
}

/** JSON over fetch, with the UI language, the session cookie and the CSRF token. */
export const api = {
  get: <T>(path: string, options?: BodyOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: BodyOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: BodyOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  /** A body is allowed: some deletions say why (`{ version, reason }`). */
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  upload,
};
