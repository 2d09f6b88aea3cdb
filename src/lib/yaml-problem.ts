/**
 * The YAML parser's syntax errors (the `yaml` package, in English) said in Korean with what to
 * write instead, and the line where the mistake is rather than where the parser noticed it.
 */

/** What the `yaml` package reports: a code, an English message, and the offset it noticed it at. */
export interface YamlSyntaxError {
  code: string;
  message: string;
  pos: [number, number];
}

const QUOTE_TIP = '값에 : [ ] { } # 같은 글자가 들어가면 값 전체를 따옴표로 감싸요 (예: title: "회사: 좋아요").';

export function yamlProblem(text: string, error: YamlSyntaxError, lineOf: (offset: number) => number): { line: number; problem: string } {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const noticed = lineOf(error.pos[0]);
  const flow = /^Flow (sequence|map) in block collection/.exec(message);
  if (flow) {
    const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    return {
      line: unclosedLine(text, noticed, open, close) ?? noticed,
      problem: `YAML 문법 오류: 여는 ${open} 를 닫는 ${close} 가 없어요. ${QUOTE_TIP}`,
    };
  }
  const say = (problem: string) => ({ line: noticed, problem: `YAML 문법 오류: ${problem}` });
  switch (error.code) {
    case 'MISSING_CHAR':
      if (/quote/.test(message)) return say('따옴표가 닫히지 않았어요. 여는 따옴표와 같은 따옴표로 값을 끝내요.');
      if (/map values/.test(message)) return say(`"이름: 값" 꼴이 아니에요. 이름 뒤에 : 와 빈칸을 두고 값을 적어요. ${QUOTE_TIP}`);
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return say(`한 줄에 "이름: 값"이 두 번 들어 있어요. ${QUOTE_TIP}`);
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return say('들여쓰기가 맞지 않아요. 같은 단계의 항목은 같은 칸에서 시작하고, 안쪽 항목은 빈칸 두 개만큼 더 들여 써요.');
    case 'TAB_AS_INDENT':
      return say('들여쓰기에 탭을 쓸 수 없어요. 빈칸(스페이스)으로 바꿔요.');
    case 'DUPLICATE_KEY':
      return say('같은 이름이 한 묶음 안에 두 번 나와요. 하나를 지우거나 이름을 바꿔요.');
    case 'UNEXPECTED_TOKEN':
      return say(
        `여기에 올 수 없는 글자가 있어요. 목록(- 항목)과 "이름: 값"을 같은 단계에 섞지 않았는지, 들여쓰기를 확인해요. ${QUOTE_TIP}`,
      );
  }
  return say(message);
}

/** The nearest line at or above `from` that opens more `open` than it closes. */
function unclosedLine(text: string, from: number, open: string, close: string): number | null {
  const lines = text.split('\n');
  for (let i = Math.min(from, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.split(open).length > line.split(close).length) return i + 1;
  }
  return null;
}
