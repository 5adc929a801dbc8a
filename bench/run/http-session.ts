import type { Credentials } from './http-load';

/** Sends one API request with the session; throws with the server's error on a non-2xx. */
export async function api(
  port: number,
  credentials: Credentials | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ json: unknown; headers: Headers }> {
  const headers: Record<string, string> = { 'accept-language': 'zh-CN' };
  if (credentials)
    Object.assign(headers, { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken });
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers,
    body: payload,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return { json: text ? JSON.parse(text) : null, headers: response.headers };
}

function sessionOf(result: { json: unknown; headers: Headers }): Credentials {
  const cookie = result.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('sg_session='));
  if (!cookie) throw new Error('the server set no sg_session cookie');
  return { cookie, csrfToken: (result.json as { csrfToken: string }).csrfToken };
}

/**
 * Signs in; an account created with a first password (must change it) changes it once, as every
 * new account must, and goes on with the session that change opens.
 */
export async function signIn(
  port: number,
  username: string,
  passwords: { first: string; final: string },
  mustChange: boolean,
): Promise<Credentials> {
  const password = mustChange ? passwords.first : passwords.final;
  const login = await api(port, null, 'POST', '/api/v1/auth/login', { username, password });
  const session = sessionOf(login);
  if (!(login.json as { mustChangePassword: boolean }).mustChangePassword) return session;
  return sessionOf(
    await api(port, session, 'POST', '/api/v1/auth/password', {
      currentPassword: password,
      newPassword: passwords.final,
    }),
  );
}
