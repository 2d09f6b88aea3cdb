import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

/*
 * exceljs 4.4 decodes every inflated chunk of the sheet XML on its own, so a Korean character
 * whose three UTF-8 bytes straddle two chunks becomes "��" (exceljs issues #2063, #2084, #2316;
 * fixes proposed in PRs #1665, #2081, #2894, none released). Over 574,000 rows that corrupts
 * names at random and then trips the conflicting-name check. This module must be imported before
 * exceljs: it puts a copy of exceljs's parse-sax in the require cache that decodes with one
 * streaming TextDecoder per XML part, so split characters are joined again.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = createRequire(parseSaxPath)('saxes') as {
  SaxesParser: new () => {
    on(event: string, listener: (value: unknown) => void): void;
    write(text: string): void;
  };
};

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]> {
  let iterable = input as AsyncIterable<Buffer | string>;
  if (!(Symbol.asyncIterator in input)) iterable = (input as NodeJS.ReadableStream).pipe(new PassThrough());
  const parser = new SaxesParser();
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => (error = e));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

// A mark shared by every copy of this module: a test runner that evaluates the module again in the
// same process finds the parser an earlier copy put in the cache, which is just as fixed.
const FIXED = Symbol.for('cs-career-site.exceljs-utf8');
Object.assign(parseSax, { [FIXED]: true });

const cache = require.cache as Record<string, unknown>;
if (!cache[parseSaxPath]) {
  cache[parseSaxPath] = { id: parseSaxPath, filename: parseSaxPath, loaded: true, exports: parseSax, children: [], paths: [] };
}

/** True when exceljs will use the fixed parser (false if exceljs was loaded before this module). */
export function exceljsUtf8Fixed(): boolean {
  const exports = (cache[parseSaxPath] as { exports?: { [FIXED]?: boolean } } | undefined)?.exports;
  return exports?.[FIXED] === true;
}
