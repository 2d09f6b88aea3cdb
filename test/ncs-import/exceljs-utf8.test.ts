import { expect, it } from 'vitest';
import { exceljsUtf8Fixed } from '../../src/ncs-import/exceljs-utf8.ts';

it('puts the fixed sheet parser in place before exceljs loads, and says so', () => {
  expect(exceljsUtf8Fixed()).toBe(true);
});

// A test runner that reuses one process for many test files (vitest with isolate: false) may
// evaluate the module again; the parser the first copy put in place is the one exceljs uses.
it('a second copy of the module, evaluated in the same process, sees the fix in place', async () => {
  // A query makes a module of its own for the same file; held in a variable so the type checker does not look for it.
  const secondCopy = '../../src/ncs-import/exceljs-utf8.ts?second-copy';
  const again = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../src/ncs-import/exceljs-utf8.ts');
  expect(again.exceljsUtf8Fixed).not.toBe(exceljsUtf8Fixed);
  expect(again.exceljsUtf8Fixed()).toBe(true);
});
