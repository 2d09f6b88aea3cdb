/**
 * pptxgenjs writes the current time into docProps/core.xml and every zip entry, and compresses
 * nothing when asked for bytes. This repacks its output with fixed document times, deflated, and
 * with the zip entries' times fixed the way the .docx's are: the same deck gives the same bytes.
 */
import JSZip from 'jszip';
import { fixZipTimes } from '../docx/fixed-zip-time.ts';

/** The moment the .docx's document properties carry too. */
const FIXED_TIME = '2026-01-01T00:00:00Z';

export async function fixedPackage(stored: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(stored);
  const core = zip.file('docProps/core.xml');
  if (!core) throw new Error('pptx: docProps/core.xml is missing');
  const xml = (await core.async('string')).replace(
    /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
    `$1${FIXED_TIME}$3`,
  );
  zip.file('docProps/core.xml', xml);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return fixZipTimes(bytes);
}
