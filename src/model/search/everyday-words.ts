/**
 * How students ask, and the words the pages use for the same thing. Query-side only: none of
 * these words is added to the index, so they cost no download. Each table is a class of words,
 * not a list of test queries: slang and loanwords map to the page's word, intent words say what
 * kind of page the question wants.
 */

/** English words students type for the loanwords the pages write in Hangul (call center → 콜 센터). */
export const LOANWORDS: Readonly<Record<string, string>> = {
  call: '콜',
  center: '센터',
  centre: '센터',
  contact: '컨택',
  hotel: '호텔',
  hotelier: '호텔리어',
  front: '프런트',
  desk: '데스크',
  reception: '리셉션',
  receptionist: '리셉셔니스트',
  flight: '플라이트',
  attendant: '어텐던트',
  stewardess: '스튜어디스',
  steward: '스튜어드',
  cabin: '캐빈',
  crew: '크루',
  manager: '매니저',
  leader: '리더',
  instructor: '강사',
  trainer: '강사',
  customer: '고객',
  service: '서비스',
  experience: '경험',
  telemarketer: '텔레마케터',
  telemarketing: '텔레마케팅',
  complaint: '불만',
  claim: '불만',
  certificate: '자격증',
  interview: '면접',
};

/**
 * Everyday words → the word the pages use. Keys are whole words (after particles are taken off);
 * one-syllable keys (욕, 돈, 과) are only read as whole words.
 */
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  // Hangul spellings of abbreviations
  씨에스: 'cs',
  씨엑스: 'cx',
  티엠: 'tm',
  브이오씨: 'voc',
  엔씨에스: 'ncs',
  // slang for jobs and work
  알바: '아르바이트',
  알바생: '아르바이트',
  파트타임: '아르바이트',
  손님: '고객',
  고객님: '고객',
  // hard customers: the pages say 폭언 and 불만
  욕: '폭언',
  욕설: '폭언',
  막말: '폭언',
  쌍욕: '폭언',
  진상: '폭언',
  갑질: '폭언',
  악성: '폭언',
  컴플레인: '불만',
  클레임: '불만',
  // pay: the job pages' part is 임금과 전망
  월급: '임금',
  연봉: '임금',
  급여: '임금',
  돈: '임금',
  수입: '임금',
  페이: '임금',
  // kinds of work: the pages sort jobs into 갈래
  종류: '갈래',
  분류: '갈래',
  // the future: 전망 is the pages' word
  미래: '전망',
  앞으로: '전망',
  // leaving for other work
  다른일: '다른',
  딴일: '다른',
  // finishing school
  나와서: '졸업',
  나오면: '졸업',
  졸업하면: '졸업',
  졸업후: '졸업',
  // how hard it is: the job pages' part is 장점과 어려움
  단점: '어려움',
  현실: '어려움',
  고충: '어려움',
  // school
  과: '학과',
  전공: '학과',
  특성화고: '고등학교',
  마이스터고: '고등학교',
  실업계: '고등학교',
  고졸: '고등학교',
  대졸: '대학교',
  // languages
  토익: '외국어',
  토플: '외국어',
  오픽: '외국어',
  어학: '외국어',
  영어점수: '외국어',
  // ways of speaking
  말투: '화법',
  말하기: '화법',
};

/** Word beginnings that carry one meaning in any ending (힘들어, 힘든점, 힘들까 …). */
export const EVERYDAY_STEMS: readonly (readonly [string, string])[] = [
  ['힘들', '어려움'],
  ['힘든', '어려움'],
  ['힘듦', '어려움'],
  ['욕하', '폭언'],
  ['욕먹', '폭언'],
  ['욕들', '폭언'],
  ['사라지', '대신'],
  ['사라짐', '대신'],
  ['없어지', '대신'],
  ['대체되', '대신'],
  ['그만두', '경력'],
  ['그만둔', '경력'],
  ['이직', '경력'],
  ['퇴사', '경력'],
];

/** Phrases written in several words, matched with spaces removed (말 잘하는 법 → 화법). */
export const EVERYDAY_PHRASES: readonly (readonly [string, string])[] = [
  ['말잘하는법', '화법'],
  ['말잘하는', '화법'],
  ['말하는법', '화법'],
  ['전화영업', '텔레마케팅'],
  ['전화판매', '텔레마케팅'],
  ['플라이트어텐던트', '승무원'],
  ['캐빈크루', '승무원'],
  ['친절교육강사', 'cs강사'],
  ['친절강사', 'cs강사'],
  // whether a job suits me: the self-check (자가 진단)
  ['나한테맞는', '자가진단'],
  ['나에게맞는', '자가진단'],
  ['나랑맞는', '자가진단'],
  ['나와맞는', '자가진단'],
  ['나한테어울리는', '자가진단'],
  ['나에게어울리는', '자가진단'],
  // without university: the pages say 고등학교 졸업 정도
  ['대학안가도', '고등학교'],
  ['대학안가고', '고등학교'],
  ['대학안나와도', '고등학교'],
  ['대학안가면', '고등학교'],
];

/**
 * What people add to a job's name when they want the job itself: how to become one, what it
 * does. Removed from the words searched (no page is written in them) and read as intent.
 */
export const JOB_INTENT_PHRASES: readonly string[] = [
  '되려면',
  '되는법',
  '되는방법',
  '되기위해',
  '되고싶어요',
  '되고싶어',
  '되고싶다',
  '되고싶은데',
  '하는일',
  '무슨일',
  '뭐하는사람',
  '뭐하는',
  '하는사람',
  '하루',
  '일과',
];

/** Words that ask about a job's pay or hardship: kept (they map to the job page's parts) and read as intent. */
export const JOB_TOPIC_WORDS: ReadonlySet<string> = new Set(['임금', '어려움']);

/** Words that ask where a job leads: career path pages first. */
export const PATH_WORDS: ReadonlySet<string> = new Set(['경력', '승진', '진로경로']);

/** Pay words name a worker as clearly as 되려면 does (웹툰 작가 연봉). */
export const PAY_WORDS: ReadonlySet<string> = new Set(['임금']);

/**
 * Generic words for a worker: a query with one asks about some job (은행 창구 직원). Not job
 * names themselves: those come from the site's content.
 */
export const WORKER_WORDS: ReadonlySet<string> = new Set(['직원', '사원', '종사자', '근무자', '작가', '전문가', '직업인']);

/** Words of teachers' questions about lessons: lesson designs first. */
export const LESSON_WORDS: readonly string[] = [
  '수업',
  '지도안',
  '교안',
  '설계서',
  '성취기준',
  '차시',
  '학습목표',
  '교수학습',
  '평가계획',
  '활동지',
  '교육과정',
];

/** Words of teachers' questions about the NCS: NCS pages first. */
export const NCS_WORDS: readonly string[] = ['능력단위', 'ncs', '국가직무능력표준', '수행준거', '세분류', '능력단위요소'];

/** Teachers' words that name only a kind of page: they choose the ranking, and are not searched for. */
export const PAGE_KIND_WORDS: readonly string[] = ['ncs', '국가직무능력표준', '수업', '지도안', '교안', '설계서', '수업설계', '수업설계서'];

/** What a teacher's word asks for (수업을, 2차시 → lesson; 능력단위, 0201030201 → ncs), or null for any other word. */
export function teacherTopic(word: string): 'lesson' | 'ncs' | null {
  if (/^\d{6,}/.test(word)) return 'ncs';
  if (LESSON_WORDS.some((t) => word.includes(t))) return 'lesson';
  if (NCS_WORDS.some((t) => word.includes(t))) return 'ncs';
  return null;
}
