/**
 * Wording rules of the content check, run on every block of text a page shows (a paragraph, a
 * heading, a table row, a frontmatter or YAML string) both in content/ and in the built pages:
 * quote marks the right way round, particles that fit the word before them, a survey year beside
 * every 한국직업사전 figure, and no strikethrough that nobody asked for.
 */
import { particleSlips } from '../../lib/korean-particles.ts';
import type { Problem } from './rules.ts';

/** A block of text as a reader sees it, and the line (of the file checked) it starts on. */
export interface TextBlock {
  text: string;
  line: number;
}

/** A 한국직업사전 record and the year it was surveyed. */
export interface SurveyedRecord {
  name: string;
  year: number;
}

export interface WordingContext {
  /** Every dictionary record the site cites, with its survey year. */
  records: readonly SurveyedRecord[];
  /** Survey years of the page's own records (a job page), used when a block names no record. */
  ownYears: readonly number[];
}

const lineIn = (block: TextBlock, index: number) => block.line + (block.text.slice(0, index).match(/\n/g)?.length ?? 0);
const around = (text: string, index: number, length: number) =>
  text
    .slice(Math.max(0, index - 12), index + length + 12)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Curly quotes the wrong way round: an opening mark straight after a letter, digit or closing
 * punctuation, where a closing one belongs (“텔레(멀리)“와), and a closing mark after a space
 * that opens a quotation (” 안녕”).
 */
export function quoteProblems(block: TextBlock): Problem[] {
  const problems: Problem[] = [];
  for (const m of block.text.matchAll(/(?<=[\p{L}\p{N})\]?!.,…%])[“‘]|(?<=^|\s)”(?=[\p{L}\p{N}])/gu)) {
    const mark = m[0];
    const want = mark === '“' ? '”' : mark === '‘' ? '’' : '“';
    problems.push({
      line: lineIn(block, m.index),
      message: `따옴표 방향이 거꾸로예요: "${around(block.text, m.index, 1)}" (${mark} 자리에 ${want}를 써요)`,
    });
  }
  return problems;
}

/**
 * Straight double quotes in Markdown prose that the site's typography turns the wrong way: a
 * closing quote right after ')', '?', '!' or '.' and right before a particle becomes an opening one
 * on the page ("텔레(멀리)"와 → “텔레(멀리)“와). Writing the curly marks in the source avoids it.
 */
export function straightQuoteProblems(block: TextBlock): Problem[] {
  return [...block.text.matchAll(/(?<=[)\]?!.…])"(?=[\p{L}\p{N}])/gu)].map((m) => ({
    line: lineIn(block, m.index),
    message: `닫는 따옴표가 페이지에서 여는 따옴표(“)로 바뀌어요: "${around(block.text, m.index, 1)}" (이 자리는 ”를 직접 써요)`,
  }));
}

/** Particles after digits, capital letters, codes, quotes and brackets that do not fit the word. */
export function particleProblems(block: TextBlock): Problem[] {
  return particleSlips(block.text).map((s) => ({
    line: lineIn(block, s.index),
    message: `조사가 앞말과 맞지 않아요: "${around(block.text, s.index, s.written.length)}" ("${s.written}" → "${s.expected}")`,
  }));
}

/** 정규교육 as the dictionary and the site word it. */
const EDUCATION = /(?:고등학교|전문대학|대학교)\s?졸업\s?정도|(?<![가-힣])(?:고졸|전문대졸|대졸)/u;
const DURATION = /\d+\s*(?:개월|년)?\s*(?:~|에서)\s*\d+\s*(?:개월|년)/u;
const SKILL = /숙련\s?기간/u;
const YEAR = /((?:19|20)\d\d)년/gu;

/**
 * A block that states a 한국직업사전 figure (정규교육, or 숙련기간 with a duration) must say the year
 * the record was surveyed: every named record's own year, or, when it names none, the page's own
 * records' years (a job page) or at least one survey year the site knows.
 */
export function surveyYearProblems(block: TextBlock, ctx: WordingContext): Problem[] {
  const text = block.text;
  const figure = EDUCATION.exec(text) ?? (SKILL.test(text) ? DURATION.exec(text) : null);
  if (!figure) return [];
  const years = new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));
  const named = ctx.records.filter((r) => text.includes(r.name));
  const line = lineIn(block, figure.index);
  const shown = around(text, figure.index, figure[0].length);
  if (named.length > 0) {
    const missing = named.filter((r) => !years.has(r.year));
    return missing.length === 0
      ? []
      : [
          {
            line,
            message: `직업사전 수치에 조사 연도가 없어요: "${shown}" (${missing.map((r) => `${r.name} ${r.year}년`).join(', ')} 조사)`,
          },
        ];
  }
  const wanted = ctx.ownYears.length > 0 ? ctx.ownYears : [...new Set(ctx.records.map((r) => r.year))];
  const ok = ctx.ownYears.length > 0 ? wanted.every((y) => years.has(y)) : wanted.some((y) => years.has(y));
  return ok
    ? []
    : [
        {
          line,
          message: `직업사전 수치에 조사 연도가 없어요: "${shown}" (${
            wanted.length > 0 ? `${[...new Set(wanted)].sort().join('·')}년 가운데 ` : ''
          }그 기록의 조사 연도를 함께 적어요)`,
        },
      ];
}

/**
 * One spelling in the site's own prose: 컨택센터. The dictionary's 컨텍센터 stays only inside its
 * record's name, 컨텍센터상담원, quoted as the dictionary has it (search finds both spellings).
 */
export function spellingProblems(block: TextBlock): Problem[] {
  return [...block.text.matchAll(/컨텍센터(?!상담원)/gu)].map((m) => ({
    line: lineIn(block, m.index),
    message: `"${around(block.text, m.index, 4)}": 이 사이트의 글에서는 "컨택센터"로 써요 ("컨텍센터"는 직업사전 기록 이름 "컨텍센터상담원"에만 그대로 둬요)`,
  }));
}

/** All wording rules for one block; `markdown` adds the rule for straight quotes in Markdown prose. */
export function wordingProblems(block: TextBlock, ctx: WordingContext, markdown = false): Problem[] {
  return [
    ...quoteProblems(block),
    ...(markdown ? straightQuoteProblems(block) : []),
    ...particleProblems(block),
    ...spellingProblems(block),
    ...surveyYearProblems(block, ctx),
  ];
}

/**
 * Markdown that the site's renderer turns into strikethrough: two or more tildes in one paragraph or
 * table cell (GFM pairs them, so "6~12개월, 1~2년" loses "12개월, 1"). `raw` is the Markdown source of
 * one paragraph or table row. Code spans and escaped tildes (\~) are left out.
 */
export function tildeProblems(raw: string, line: number, isTableRow: boolean): Problem[] {
  const plain = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  const cells: { text: string; at: number }[] = [];
  if (isTableRow) {
    let start = 0;
    for (const bar of plain.matchAll(/(?<!\\)\|/g)) {
      cells.push({ text: plain.slice(start, bar.index), at: start });
      start = bar.index + 1;
    }
    cells.push({ text: plain.slice(start), at: start });
  } else cells.push({ text: plain, at: 0 });
  const problems: Problem[] = [];
  for (const cell of cells) {
    const tildes = [...cell.text.matchAll(/(?<!\\)~/g)];
    if (tildes.length < 2) continue;
    const first = cell.at + tildes[0]!.index;
    problems.push({
      line: line + (plain.slice(0, first).match(/\n/g)?.length ?? 0),
      message: `물결표(~)가 한 문단에 둘 이상 있어 취소선이 돼요: "${around(raw, first, 1)}" (범위는 "6개월에서 12개월"처럼 쓰거나 \\~로 써요. 취소선을 일부러 쓰려면 <del data-intended>…</del>)`,
    });
  }
  return problems;
}
