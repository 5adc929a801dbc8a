/** Where to go after signing in: only a path of this app, never another site (//evil.example). */
export function safeNextPath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}

/** `?next=` for the current location, to come back after signing in. */
export function nextQuery(pathname: string, search: string): string {
  const here = pathname + search;
  return here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
}
