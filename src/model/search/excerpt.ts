/**
 * Result excerpts cut from the page's real text, with the query marked. Pagefind's own excerpt
 * is not used: it can land on index-only words and marks whole space-separated words, while
 * Korean needs the noun inside a compound marked (매니저 in 고객관리매니저는).
 */
import { INDEX_ONLY_MARK } from './index-terms.ts';
import { hasHangul } from './hangul.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** The text people see on the page: Pagefind's stored content up to the index-only words. */
export function visibleText(content: string): string {
  const at = content.indexOf(INDEX_ONLY_MARK);
  return (at === -1 ? content : content.slice(0, at)).replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for the terms; Hangul terms also match when written with spaces (고객관리 ~ 고객 관리). */
export function markPattern(terms: readonly string[]): RegExp | null {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const parts = usable.map((t) => (hasHangul(t) ? [...t].map(escapeRegExp).join('\\s*') : escapeRegExp(t)));
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * About `length` characters of `text` around the place where most of the terms occur, split
 * into marked and unmarked parts. Starts at the beginning when no term occurs.
 */
export function buildExcerpt(text: string, terms: readonly string[], length = 120): ExcerptPart[] {
  const pattern = markPattern(terms);
  const matches: { start: number; end: number; key: string }[] = [];
  if (pattern) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].length === 0) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, key: m[0].replace(/\s+/g, '').toLowerCase() });
    }
  }
  let from = 0;
  if (matches.length > 0) {
    // The window with the most different terms wins; earlier windows win ties.
    let best = -1;
    for (const anchor of matches) {
      const lo = Math.max(0, anchor.start - Math.floor(length / 4));
      const inside = new Set(matches.filter((m) => m.start >= lo && m.end <= lo + length).map((m) => m.key));
      if (inside.size > best) {
        best = inside.size;
        from = lo;
      }
    }
    // Start at a word boundary so the excerpt does not open mid-word.
    if (from > 0) {
      const space = text.lastIndexOf(' ', from);
      from = space === -1 ? 0 : space + 1;
    }
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space === -1 || space - to > 15 ? to : space;
  }
  const parts: ExcerptPart[] = [];
  const push = (t: string, marked: boolean) => {
    if (t) parts.push({ text: t, marked });
  };
  if (from > 0) push('… ', false);
  let cursor = from;
  for (const m of matches) {
    if (m.start < cursor || m.end > to) continue;
    push(text.slice(cursor, m.start), false);
    push(text.slice(m.start, m.end), true);
    cursor = m.end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push(' …', false);
  return parts;
}
