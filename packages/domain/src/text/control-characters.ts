/**
 * Control characters (Unicode category Cc) other than tab, line feed and carriage return: nobody
 * types them, they do not show, and PostgreSQL refuses a NUL in text and JSON outright. Carriage
 * return stays because Windows writes a line break as CR LF (Excel cells too, as `_x000D_`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether text holds a control character that input may not carry (see above). */
export function hasControlCharacter(text: string): boolean {
  return controlCharacter.test(text);
}
