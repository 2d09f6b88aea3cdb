/**
 * The MDX parser's error messages (micromark and mdast-util-mdx-jsx, in English) said in Korean,
 * with what to write instead. Used by the build summary and the content check; a message not
 * known here is kept as it is.
 */

const known: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /Expected a closing tag for `<([^`>]*)>`/,
    (m) => `<${m[1]}> 태그가 닫히지 않았어요. 안에 아무것도 없으면 <${m[1]} />처럼 끝에 /를 붙이고, 안에 글이 있으면 </${m[1]}>로 닫아요.`,
  ],
  [
    /Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>`/,
    (m) => `</${m[1]}>로 닫았지만 지금 열려 있는 태그는 <${m[2]}>예요. 여는 태그와 닫는 태그의 이름을 맞춰요.`,
  ],
  [/Unexpected closing slash `\/` in tag, expected an open tag first/, () => `닫는 태그(</…>)가 있지만 그 앞에 여는 태그가 없어요.`],
  [
    /Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    () => `{ 를 닫는 } 가 없어요. 글에 { 를 그대로 쓰려면 \\{ 처럼 앞에 \\ 를 붙여요.`,
  ],
  [
    /Could not parse expression with acorn|Unexpected empty expression/,
    () => `{ } 안의 내용을 읽을 수 없어요. 글에 { 나 } 를 그대로 쓰려면 \\{ 처럼 앞에 \\ 를 붙여요.`,
  ],
  [
    /Could not parse import\/exports with acorn/,
    () => `import나 export로 시작하는 줄을 읽을 수 없어요. 글이라면 줄 맨 앞의 낱말을 바꿔요.`,
  ],
  [/in attribute value, expected a corresponding closing quote/, () => `태그 속성 값의 따옴표가 닫히지 않았어요 (이름="값").`],
  [/Unexpected character `!` \(U\+0021\) before name/, () => `MDX에서는 <!-- --> 주석을 쓸 수 없어요. {/* 주석 */}처럼 써요.`],
  [
    /Unexpected (?:character `[^`]*` \(U\+[0-9A-F]+\)|end of file) before name/,
    () => `< 뒤에 태그 이름이 와야 해요. 글에 < 를 그대로 쓰려면 &lt; 나 \\< 로 써요.`,
  ],
  [
    /Unexpected (?:character|end of file).* (?:attribute|member|local|after name|in name)/,
    () => `태그를 쓰는 모양이 틀렸어요. <이름 속성="값" /> 꼴인지 확인해요.`,
  ],
  [/Unexpected lazy line/, () => `인용문(>)이나 목록 안의 태그나 { } 가 다음 줄로 이어지는데, 그 줄 앞에 > 나 들여쓰기가 없어요.`],
];

/** '102:1: Expected … (mdx-jsx:unexpected-character)' → the Korean explanation (position and rule id dropped). */
export function mdxProblem(message: string): string {
  const reason = message
    .split('\n')[0]!
    .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .trim();
  for (const [pattern, say] of known) {
    const m = reason.match(pattern);
    if (m) return say(m);
  }
  return reason;
}
