/**
 * Particles and endings that follow a noun in what people type (고객관리를, 상담원의, 승무원이
 * 되려면). Pagefind matches word starts, so the bare noun finds every form of the word while
 * the typed form finds only itself.
 */

// Longest first, so 에서는 is tried before 는.
const ENDINGS = [
  // verb-like tails people add to a noun in a question
  '하는방법',
  '되는방법',
  '하는법',
  '되는법',
  '하려면',
  '되려면',
  '되기까지',
  '하기',
  '되기',
  '하는',
  '되는',
  '합니다',
  '됩니다',
  '입니다',
  '인가요',
  '이에요',
  '예요',
  '해요',
  '돼요',
  '하다',
  '되다',
  '이다',
  '란',
  '인지',
  '일까',
  // particles
  '에서는',
  '에게서',
  '으로서',
  '으로써',
  '이라는',
  '이라고',
  '에서',
  '에게',
  '한테',
  '께서',
  '으로',
  '로서',
  '로써',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이랑',
  '이나',
  '이란',
  '이며',
  '이고',
  '라는',
  '라고',
  '과의',
  '와의',
  '에는',
  '에도',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
  '나',
  '요',
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

/**
 * Words of a question that name nothing a page is about (… 알고 싶어요, 뭐예요). 나 and 저 stay:
 * they are what the self-check page is about. Left out of the
 * search unless the query has nothing else: each extra word can cost another index download.
 */
const QUESTION_WORDS = new Set([
  '좀',
  '정말',
  '그리고',
  '또는',
  '및',
  '알고',
  '싶어요',
  '싶다',
  '싶은데',
  '알려줘',
  '알려주세요',
  '알려',
  '줘요',
  '주세요',
  '궁금해요',
  '궁금한',
  '뭐',
  '뭐예요',
  '뭔가요',
  '뭐야',
  '무엇',
  '무엇인가요',
  '어떻게',
  '어떤',
  '어떡해',
  '있어요',
  '있나요',
  '있을까요',
  '하나요',
  '되나요',
  '할까요',
  '될까요',
  '돼요',
  '해요',
  '인가요',
  // what students add to a question (뭐 해야돼요, 할수있어, 얼마나 받아요)
  '무슨',
  '몇',
  '몇점',
  '얼마',
  '얼마나',
  '많이',
  '받아요',
  '버나요',
  '벌어요',
  '벌어',
  '해야돼요',
  '해야되요',
  '해야됨',
  '해야',
  '해야하나요',
  '가야돼요',
  '가야되요',
  '가야',
  '할수있어',
  '할수있어요',
  '할수있을까',
  '할수있을까요',
  '뭐에요',
  '뭐해요',
  '뭐함',
  '뭐임',
  '있어',
  '돼',
  '되요',
  '되나',
  '좋은',
  '때문에',
  '뜻',
  '의미',
  '정의',
]);

/** How a question's verb ends when it says what one must or can do (따야돼요, 가야 되나요, 할 수 있을까). */
const QUESTION_TAILS = /(야돼요|야되요|야돼|야됨|야해요|야하나요|야되나요|야할까요|수있어요|수있을까요|수있나요|나요|까요)$/;

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word) || ([...word].length >= 3 && QUESTION_TAILS.test(word));
}
