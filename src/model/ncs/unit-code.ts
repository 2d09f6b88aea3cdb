/**
 * The one unit-code pattern: 8-digit 세분류 + 2-digit serial + `_` + 2-digit year + `v` + version,
 * e.g. 0201030211_21v4. The schemas, the importer and the route table all use it. UNIT_CODE_SOURCE
 * is the unanchored text, for patterns that embed a code (page addresses).
 */
export const UNIT_CODE_SOURCE = String.raw`(\d{8})(\d{2})_(\d{2})v(\d{1,2})`;
export const UNIT_CODE_PATTERN = /^(\d{8})(\d{2})_(\d{2})v(\d{1,2})$/;
