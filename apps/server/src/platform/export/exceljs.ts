import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSType from 'exceljs';
import type * as Saxes from 'saxes';

/**
 * ExcelJS, with its streaming XML reader fixed. The stock reader decodes each 16 KB chunk of a
 * sheet on its own, so a Chinese character split across two chunks becomes U+FFFD — about one
 * row in a thousand (exceljs issues #2063, #2084). The replacement keeps one decoder across
 * chunks. It must be in the require cache before ExcelJS loads, so every module of ours takes
 * ExcelJS from here, never from 'exceljs' directly.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require('saxes') as typeof Saxes;

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(
  iterable: AsyncIterable<Buffer | string> & { pipe?: unknown },
): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: Error | undefined;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => (error = e));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) parser.write(rest);
  if (error) throw error;
  yield events;
}

require.cache[parseSaxPath] = {
  id: parseSaxPath,
  filename: parseSaxPath,
  loaded: true,
  exports: parseSax,
} as unknown as NodeJS.Module;

const ExcelJS = require('exceljs') as typeof ExcelJSType;
export default ExcelJS;
export type { ExcelJSType };
