/**
 * The inline script of AddressNotice.astro: the browser function, minified once per build, called
 * with each page's data. Runs in the build only.
 */
import { transform } from 'esbuild';
import { showAddressNotice, type NoticeData } from './address-notice.ts';

const PLACEHOLDER = '__ADDRESS_NOTICE_DATA__';
let minified: Promise<string> | undefined;

export async function addressNoticeScript(data: NoticeData): Promise<string> {
  // Minified as a call on a global placeholder, which the minifier leaves as it is.
  minified ??= transform(`(${showAddressNotice.toString()})(${PLACEHOLDER})`, { minify: true, target: 'es2019' }).then((r) =>
    r.code.trim(),
  );
  const code = await minified;
  if (!code.includes(PLACEHOLDER)) throw new Error('address notice: the minified script lost its data placeholder');
  // Our own function and JSON data; '<' is escaped so no text can close the script element.
  return code.replace(PLACEHOLDER, () => JSON.stringify(data).replaceAll('<', '\\u003c'));
}
