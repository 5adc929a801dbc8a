/** RFC 5987 leaves these unencoded in `filename*`; encodeURIComponent also leaves ' ( ) * alone. */
const percentEncoded = (name: string) =>
  encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** For clients that ignore `filename*`: printable ASCII, each run of anything else one '_'. */
const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]+|["\\%]/g, '_');

/**
 * A Content-Disposition header for a download named in the reader's language (社工人才-导入模板.xlsx):
 * the UTF-8 name as `filename*` (RFC 5987 / 6266), which browsers prefer, and an ASCII `filename`.
 */
export function attachment(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${percentEncoded(fileName)}`;
}
