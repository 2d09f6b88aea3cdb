import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mdxProblem } from '../../src/lib/mdx-problem.ts';

/** The parser's own message for `text`, as the content check and Astro's MDX compiler get it. */
function parserMessage(text: string): string {
  try {
    unified().use(remarkParse).use(remarkMdx).parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`no MDX error in ${JSON.stringify(text)}`);
}

describe('MDX errors in Korean', () => {
  const cases: [string, string][] = [
    ['글\n\n<JobFigures>\n\n다음 글\n', '<JobFigures> 태그가 닫히지 않았어요'],
    ['<Note>\n글\n</Tip>\n', '</Tip>로 닫았지만 지금 열려 있는 태그는 <Note>예요'],
    ['값은 {1 + \n', '{ 를 닫는 } 가 없어요'],
    ['점수 <3 이에요\n', '< 뒤에 태그 이름이 와야 해요'],
    ['<!-- 메모 -->\n', '{/* 주석 */}'],
    ['<JobFigures title="a />\n', '따옴표가 닫히지 않았어요'],
  ];
  for (const [text, korean] of cases) {
    it(JSON.stringify(text), () => {
      const said = mdxProblem(parserMessage(text));
      expect(said).toContain(korean);
      expect(said).not.toMatch(/Expected|Unexpected|Could not|closing/);
    });
  }

  it('drops the position and rule id Astro adds around the message', () => {
    expect(mdxProblem('102:1: Expected a closing tag for `<JobFigures>` (102:1) (mdx-jsx:unexpected-character)')).toBe(
      '<JobFigures> 태그가 닫히지 않았어요. 안에 아무것도 없으면 <JobFigures />처럼 끝에 /를 붙이고, 안에 글이 있으면 </JobFigures>로 닫아요.',
    );
  });

  it('keeps a message it does not know', () => {
    expect(mdxProblem('1:1: Something new (x:y)')).toBe('Something new');
  });
});
