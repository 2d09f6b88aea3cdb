/**
 * The docx packer stamps every zip entry with the current time, so two runs differ by bytes.
 * This rewrites the DOS time and date of each entry (local headers and central directory) to
 * one fixed moment, leaving everything else untouched.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** 2026-01-01 00:00 in MS-DOS format. */
export const FIXED_DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

export function fixZipTimes(zip: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let central = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(central, true) !== CENTRAL_HEADER) throw new Error(`zip: no central directory header at ${central}`);
    view.setUint16(central + 12, FIXED_DOS_TIME, true);
    view.setUint16(central + 14, FIXED_DOS_DATE, true);
    const local = view.getUint32(central + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: no local header at ${local}`);
    view.setUint16(local + 10, FIXED_DOS_TIME, true);
    view.setUint16(local + 12, FIXED_DOS_DATE, true);
    central += 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record sits at the end, after an optional comment of up to 65,535 bytes.
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new Error('zip: end of central directory not found');
}
