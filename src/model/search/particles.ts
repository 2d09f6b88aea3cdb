/**
 * Particles and endings that follow a noun in what people type (고객관리를, 상담원의, 승무원이
 * 되려면). Pagefind matches word starts, so the bare noun finds every form of the word while
 * the typed form finds only itself.
 */

// Longest first, so 에서는 is tried before 는.
const ENDINGS = [
  // verb-like tails people add to a noun in a question
  '하는방법', '되는방법', '하는법', '되는법', '하려면', '되려면', '되기까지', '하기', '되기', '하는', '되는',
  '합니다', '됩니다', '입니다', '인가요', '이에요', '예요', '해요', '돼요', '하다', '되다', '이다', '란',
  // particles
  '에서는', '에게서', '으로서', '으로써', '이라는', '이라고', '에서', '에게', '한테', '께서', '으로', '로서', '로써',
  '까지', '부터', '처럼', '보다', '이랑', '이나', '이란', '이며', '이고', '라는', '라고', '과의', '와의', '에는', '에도',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '랑', '나', '요',
].sort((a, b) => b.length - a.length);

/** Endings that are also how common nouns end; only stripped when two syllables remain. */
const MIN_STEM = 2;

/**
 * The stems a typed word may stand for, most likely first, not including the word itself:
 * 고객관리를 → [고객관리]; 상담원의 → [상담원]; 매니저 → [] (저 is no particle here, and
 * nothing shorter than two syllables is offered).
 */
export function stripEnding(word: string): string[] {
  const out: string[] = [];
  let current = word;
  // Two rounds cover stacked tails: 매니저가되려면 → 매니저가 → 매니저.
  for (let round = 0; round < 2; round++) {
    const ending = ENDINGS.find((e) => current.endsWith(e) && [...current].length - [...e].length >= MIN_STEM);
    if (!ending) break;
    current = current.slice(0, current.length - ending.length);
    out.push(current);
  }
  return out;
}
