import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/site-content/content-check/check.ts';
import { checkBuiltPage, htmlBlocks, readBuiltPage } from '../../../src/site-content/content-check/built-pages.ts';
import {
  particleProblems,
  quoteProblems,
  spellingProblems,
  straightQuoteProblems,
  surveyYearProblems,
  tildeProblems,
  type SurveyedRecord,
} from '../../../src/site-content/content-check/wording.ts';

/** The records of content/jobs with their survey years (facts §8). */
const records: SurveyedRecord[] = [
  { name: '컨텍센터상담원', year: 2021 },
  { name: '텔레마케터', year: 2013 },
  { name: '고객상담업무관리자', year: 2021 },
  { name: '고객서비스교육담당원', year: 2012 },
  { name: '매너강사', year: 2012 },
  { name: '항공기객실승무원', year: 2012 },
  { name: '호텔현관사무원', year: 2021 },
  { name: '호텔프런트사무원', year: 2012 },
];
const fixture = (name: string) => readFileSync(`test/fixtures/wording/${name}`, 'utf8');
const block = (text: string, line = 1) => ({ text, line });

describe('wording rules', () => {
  it('finds an opening quote where a closing one belongs, and the reverse', () => {
    expect(quoteProblems(block('“텔레(멀리)“와 “마케팅”을'))).toHaveLength(1);
    expect(quoteProblems(block('“고객에게 어떤 의미일까?“를'))[0]!.message).toContain('“ 자리에 ”를 써요');
    expect(quoteProblems(block('말했어요. ”안녕”'))).toHaveLength(1);
    expect(quoteProblems(block('“텔레(멀리)”와 (“괄호 안”) 그리고 “끝.”'))).toEqual([]);
  });

  it('finds straight quotes in Markdown that would render the wrong way round', () => {
    expect(straightQuoteProblems(block('"텔레(멀리)"와 "마케팅"을')).map((p) => p.line)).toEqual([1]);
    expect(straightQuoteProblems(block('"의미일까?"를'))).toHaveLength(1);
    // After a letter, or before a space, the typography gets it right.
    expect(straightQuoteProblems(block('"텔레마케터"라는 말, "뭐 찾으세요?" 하고'))).toEqual([]);
  });

  it('checks particles after codes and digits and says which form fits', () => {
    const [p] = particleProblems(block('NCS 누리집에서 코드 0201030201_21v3로 찾아요.', 3));
    expect(p!.line).toBe(3);
    expect(p!.message).toMatch(
      /^조사가 앞말과 맞지 않아요: ".*코드 0201030201_21v3로 찾아요\." \("0201030201_21v3로" → "0201030201_21v3으로"\)$/,
    );
    expect(particleProblems(block('코드 0201030210_21v4로 찾아요. 80%를 넘어요.'))).toEqual([]);
  });

  it('keeps 컨텍센터 to the record name and 컨택센터 in our own prose', () => {
    expect(spellingProblems(block('한국직업사전의 "컨텍센터상담원"은 컨택센터에서 일해요.'))).toEqual([]);
    expect(spellingProblems(block('컨텍센터에서 일해요.'))).toHaveLength(1);
  });

  it('wants the survey year of every record a 직업사전 figure names', () => {
    const ctx = { records, ownYears: [] };
    expect(surveyYearProblems(block('호텔현관사무원은 전문대학 졸업 정도(2021년 조사)예요.'), ctx)).toEqual([]);
    const [p] = surveyYearProblems(
      block('호텔현관사무원은 전문대학 졸업 정도, 호텔프런트사무원은 대학교 졸업 정도(2012년 조사)예요.'),
      ctx,
    );
    expect(p!.message).toContain('호텔현관사무원 2021년');
    expect(p!.message).not.toContain('호텔프런트사무원 2012년');
    // A skill period needs a duration to be a figure; a job page's own records stand in for names.
    expect(surveyYearProblems(block('숙련기간이 짧아 일을 빨리 익혀요.'), ctx)).toEqual([]);
    expect(surveyYearProblems(block('직업사전은 숙련기간을 1~3개월로 적어요.'), { records, ownYears: [2021] })).toHaveLength(1);
    expect(surveyYearProblems(block('직업사전(2021년 조사)은 숙련기간을 1~3개월로 적어요.'), { records, ownYears: [2021] })).toEqual([]);
  });

  it('finds tildes that pair into strikethrough, per paragraph or table cell', () => {
    expect(tildeProblems('6~12개월, 1~2년', 7, false)).toHaveLength(1);
    expect(tildeProblems('6~12개월', 7, false)).toEqual([]);
    expect(tildeProblems('6\\~12개월, 1\\~2년', 7, false)).toEqual([]);
    expect(tildeProblems('| 3~6개월 | 1~2년 |', 7, true)).toEqual([]);
    expect(tildeProblems('`a~b` 그리고 3~6개월', 7, false)).toEqual([]);
  });

  it('allows strikethrough elements only when marked on purpose', () => {
    expect(readBuiltPage('<p>6<del>12개월</del> <s>x</s> <del data-intended>y</del></p>').struck.map((s) => s.tag)).toEqual(['del', 's']);
  });

  it('reads a built page as blocks: table rows with their cells, nothing from scripts, styles or drawings', () => {
    const html =
      '<style>p{}</style><p>첫 <b>문단</b></p><table><tr><th>가</th><td>나</td></tr></table><svg><text>그림</text></svg><li>끝</li>';
    expect(htmlBlocks(html).map((b) => b.text)).toEqual(['첫 문단', '가 | 나', '끝']);
  });
});

describe('fails on a copy of the old content, passes on the new (issue #20)', () => {
  it('content as written: old.mdx has every kind of problem, new.mdx none', () => {
    const text = fixture('old.mdx');
    const at = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const kinds = checkPage(text, false, undefined, undefined, records).map((p) => `${p.line}: ${p.message.split(':')[0]}`);
    const noYear = '직업사전 수치에 조사 연도가 없어요';
    const quote = '닫는 따옴표가 페이지에서 여는 따옴표(“)로 바뀌어요';
    expect(kinds).toEqual([
      `${at('숙련 기간 4~10년')}: ${noYear}`,
      `${at('숙련 기간 고객서비스교육담당원')}: ${noYear}`,
      `${at('직업사전은 숙련기간을')}: ${noYear}`,
      `${at('직업사전은 숙련기간을')}: 물결표(~)가 한 문단에 둘 이상 있어 취소선이 돼요`,
      `${at('"텔레(멀리)"')}: ${quote}`,
      `${at('"텔레(멀리)"')}: ${quote}`,
      `${at('의미일까?"')}: ${quote}`,
      `${at('고등학교 졸업 정도로 적혀')}: ${noYear}`,
      `${at('| 호텔현관사무원')}: ${noYear}`,
    ]);
    expect(checkPage(fixture('new.mdx'), false, undefined, undefined, records)).toEqual([]);
  });

  it('pages as built: old.html has every kind of problem, new.html none', () => {
    const old = checkBuiltPage(fixture('old.html'), records);
    expect(old.map((p) => p.message.split(':')[0])).toEqual([
      '<del> 취소선이 있어요',
      '따옴표 방향이 거꾸로예요',
      '따옴표 방향이 거꾸로예요',
      '조사가 앞말과 맞지 않아요',
      '조사가 앞말과 맞지 않아요',
      '직업사전 수치에 조사 연도가 없어요',
      '직업사전 수치에 조사 연도가 없어요',
    ]);
    expect(checkBuiltPage(fixture('new.html'), records)).toEqual([]);
  });
});
