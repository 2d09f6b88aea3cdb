import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlProblem } from '../../src/lib/yaml-problem.ts';

function said(text: string): { line: number; problem: string } {
  const lines = new LineCounter();
  const first = parseDocument(text, { lineCounter: lines, prettyErrors: false }).errors[0];
  if (!first) throw new Error(`no YAML error in ${JSON.stringify(text)}`);
  return yamlProblem(text, first, (offset) => lines.linePos(offset).line);
}

describe('YAML errors in Korean, at the line of the mistake', () => {
  it('an unclosed [ is named on its own line, not where the parser noticed it', () => {
    const text = 'certificates:\n  - name: 텔레마케팅관리사\n  - name: [소비자전문상담사\n    issuer: 한국산업인력공단\n';
    expect(said(text)).toEqual({ line: 3, problem: expect.stringContaining('여는 [ 를 닫는 ] 가 없어요') });
  });

  const cases: [string, number, string][] = [
    ["title: '회사\n", 2, '따옴표가 닫히지 않았어요'],
    ['title: 회사: 좋아요\n', 1, '"이름: 값"이 두 번'],
    ['a:\n\t- x\n', 2, '탭을 쓸 수 없어요'],
    ['a: 1\na: 2\n', 2, '같은 이름이 한 묶음 안에 두 번'],
    ['- a\nb: 1\n', 2, '여기에 올 수 없는 글자'],
  ];
  for (const [text, line, korean] of cases) {
    it(JSON.stringify(text), () => {
      const r = said(text);
      expect(r.line).toBe(line);
      expect(r.problem).toContain(korean);
      expect(r.problem.startsWith('YAML 문법 오류: ')).toBe(true);
    });
  }
});
