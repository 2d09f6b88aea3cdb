/**
 * The 지도안 style of a lesson design's Korean: a teacher submits 학습목표 ending in "~할 수 있다" and
 * activity lines 개조식, ending in a noun form (-(으)ㅁ: 보여 줌, 적음, 고름). The templates are
 * written in 해요체; these turn their sentence endings, and only those: a question, a sentence in
 * quotation marks (what the teacher says to the class) and anything in brackets stay as written.
 * Plain TypeScript: it runs in the build, in the browser and in the checks alike.
 */

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;
/** Final consonants by index: ㄹ and ㄻ are the ones the noun form changes. */
const RIEUL = 8;
const RIEUL_MIEUM = 10;
const MIEUM = 16;

interface Syllable {
  initial: number;
  medial: number;
  final: number;
}

function split(ch: string): Syllable | null {
  const code = ch.codePointAt(0)!;
  if (code < HANGUL_START || code > HANGUL_END) return null;
  const n = code - HANGUL_START;
  return { initial: Math.floor(n / (MEDIALS * FINALS)), medial: Math.floor(n / FINALS) % MEDIALS, final: n % FINALS };
}

function join({ initial, medial, final }: Syllable): string {
  return String.fromCodePoint(HANGUL_START + (initial * MEDIALS + medial) * FINALS + final);
}

/** Medial vowels by index (ㅏ 0, ㅐ 1, ㅓ 4, ㅔ 5, ㅕ 6, ㅗ 8, ㅘ 9, ㅙ 10, ㅚ 11, ㅜ 13, ㅝ 14, ㅡ 18, ㅣ 20). */
const V = { a: 0, ae: 1, eo: 4, e: 5, yeo: 6, o: 8, wa: 9, wae: 10, oe: 11, u: 13, wo: 14, eu: 18, i: 20 } as const;

/** Words whose stem the rules below would get wrong (irregular 묻다, 긋다: 물어요 → 물음, 그어요 → 그음). */
const NOUN_FORMS: Record<string, string> = { 물어요: '물음', 들어요: '들음', 그어요: '그음', 모아요: '모음', 서요: '섬' };

/** The stem of a 해요체 word without its 요 ("보여 줘" → "보여 주", "골라" → "고르", "적어" → "적"). */
function stemOf(x: string): string {
  const last = x.slice(-1);
  const before = x.slice(0, -1);
  const prev = before ? split(before.slice(-1)) : null;
  if (last === '여' && before) return `${before}이`;
  if ((last === '어' || last === '아') && before) return before;
  const s = split(last);
  if (!s || s.final !== 0) return x;
  const swap = (medial: number) => before + join({ ...s, medial });
  switch (s.medial) {
    case V.ae:
      return last === '해' ? `${before}하` : x;
    case V.wae:
      return swap(V.oe);
    case V.wo:
      return swap(V.u);
    case V.wa:
      return swap(V.o);
    case V.yeo:
      return swap(V.i);
    case V.eo:
      return swap(V.eu);
    case V.a:
      // 르-irregular: 골라 → 고르, 몰라 → 모르.
      if (last === '라' && prev && prev.final === RIEUL) return `${before.slice(0, -1)}${join({ ...prev, final: 0 })}르`;
      return x;
    default:
      return x;
  }
}

/** The noun form of a stem: 주 → 줌, 만들 → 만듦, 적 → 적음. */
function nounOf(stem: string): string {
  const s = split(stem.slice(-1));
  if (!s) return `${stem}음`;
  const head = stem.slice(0, -1);
  if (s.final === 0) return head + join({ ...s, final: MIEUM });
  if (s.final === RIEUL) return head + join({ ...s, final: RIEUL_MIEUM });
  return `${stem}음`;
}

/** A 해요체 sentence-final word as a 개조식 noun form: 줘요 → 줌, 것이에요 → 것임, 자료예요 → 자료임. */
export function nounEnding(word: string): string {
  if (NOUN_FORMS[word]) return NOUN_FORMS[word];
  const x = word.slice(0, -1);
  if (x.endsWith('아니에')) return nounOf(x.slice(0, -1));
  if (x.endsWith('이에')) return `${x.slice(0, -2)}임`;
  if (x.endsWith('예')) return `${x.slice(0, -1)}임`;
  return nounOf(stemOf(x));
}

/** Where each character of a line is inside quotation marks or brackets (kept as written). */
function quotedMask(line: string): boolean[] {
  const mask: boolean[] = [];
  let single = false;
  let double = false;
  let depth = 0;
  for (const ch of line) {
    if (ch === "'") single = !single;
    else if (ch === '"') double = !double;
    else if ('“‘(「『'.includes(ch)) depth++;
    else if ('”’)」』'.includes(ch)) depth = Math.max(0, depth - 1);
    for (let k = 0; k < ch.length; k++) mask.push(single || double || depth > 0);
  }
  return mask;
}

/** A word ending in 요 that ends its sentence, perhaps before a note in brackets: "보여 줘요(…)." */
const SENTENCE_END = /([\uac00-\ud7a3]+요)(?=(?:\([^)]*\))?(?:[.!:]|$))/gu;

/** A 해요체 line as a 개조식 line: every sentence's last word in its noun form. */
export function planLine(line: string): string {
  const mask = quotedMask(line);
  return line.replace(SENTENCE_END, (word: string, _w: string, at: number) => (mask[at] ? word : nounEnding(word)));
}

/** A 학습목표 in 해요체 ("~할 수 있어요.") as a 지도안 writes it ("~할 수 있다."). */
export function planGoal(goal: string): string {
  return goal.replace(/수 있어요(?=[.!]?$)/u, '수 있다');
}
