export const templateDatabase = 'shegong_test_template';

/** The same server as TEST_DATABASE_URL, another database on it. */
export function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
