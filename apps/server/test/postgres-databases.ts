/** Each run migrates and seeds its own template, so that two runs on one server do not collide. */
export const newTemplateName = () => `shegong_test_template_${process.pid}`;

/** The same server as TEST_DATABASE_URL, another database on it. */
export function adminUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
