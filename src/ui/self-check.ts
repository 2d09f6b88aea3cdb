import type { CompetenceId } from '../schemas/self-check.ts';

/** UI strings of the self-check (/self-check/). */
export const selfCheck = {
  title: '나는 CS 일과 잘 맞을까?',
  lead: '열두 문장으로 해 보는 자가 진단이에요. 문장마다 나와 얼마나 같은지 골라 보세요. 정답은 없어요. 지금의 나를 솔직하게 보는 게 중요해요.',
  formHeading: '질문',
  formIntro:
    '모두 열두 문장이에요. 1~3번은 연수 자료가 "CS 매니저와 잘 맞을까?"를 알아볼 때 던진 세 질문(대인관계, 분석력, 체력)을 바탕으로 했어요.',
  seedBadge: '선생님 자료에서 온 질문',
  scale: ['전혀 아니에요', '조금 그래요', '꽤 그래요', '정말 그래요'] as const,
  submit: '결과 보기',
  reset: '처음부터 다시',
  resultHeading: '내 결과',
  resultPlaceholder: '답을 고른 뒤 "결과 보기"를 누르면 이곳에 나와 잘 맞을 만한 직업이 나와요.',
  notEnough: (answered: number, total: number) => `${total}문장 가운데 ${answered}개에 답했어요. 절반 이상 답하면 결과를 보여 드릴게요.`,
  noStrongMatch: '아직 뚜렷하게 맞는 직업이 보이지 않아요. 괜찮아요. 아래 "내 답을 읽는 법"을 보고, CS 일 안내를 읽은 뒤 다시 해 보세요.',
  summary: (jobs: readonly string[]) => `결과가 나왔어요. 눈여겨볼 직업은 ${jobs.length}개예요: ${jobs.join(', ')}.`,
  suggestionsHeading: '눈여겨볼 직업',
  because: '이 문장에 그렇다고 답했어요:',
  strengthsHeading: '내가 가진 힘',
  strengthsIntro: '답을 모아 보면 이런 역량이 두드러져요.',
  scorePercent: (score: number) => `일치도 ${Math.round(score * 100)}%`,
  readingHeading: '내 답을 읽는 법',
  readingIntro:
    '화면에 결과가 나오지 않거나 종이에 인쇄해서 쓸 때는 이렇게 읽어 보세요. "꽤 그래요"나 "정말 그래요"를 고른 문장을 찾고, 아래 표에서 그 문장과 이어진 직업에 표시해요. 표시가 많이 모인 직업부터 읽어 보면 좋아요.',
  readingTableCaption: '문장마다 이어지는 역량과 직업',
  readingNumber: '번호',
  readingStatement: '문장',
  readingCompetences: '필요한 역량',
  readingJobs: '이어지는 직업',
  readingAfter:
    '결과는 출발점일 뿐이에요. 점수가 낮게 나온 직업이라도 관심이 있다면 직업 페이지를 읽어 보세요. 역량은 지금부터 키울 수 있어요.',
  nextHeading: '다음에 할 일',
  nextCompetences: '역량을 키우는 방법 알아보기',
  nextPaths: '진로 경로 살펴보기',
  nextJobs: 'CS 직업 모두 보기',
};

/** Short names of the competences a statement points to (see the competences guide). */
export const competenceLabels: Record<CompetenceId, string> = {
  'problem-solving': '문제해결력',
  empathy: '공감·소통력',
  'self-development': '자기계발력',
  'data-analysis': '데이터 분석',
  'emotional-intelligence': '감정 지능',
  'crisis-response': '위기 대응',
  stamina: '체력',
};
