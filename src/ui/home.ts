import { routes } from '../model/routes.ts';

/** Text of the home page: students' questions first, the teachers' door at the end. */
export const home = {
  title: '고객을 돕는 일, 나에게 맞을까요?',
  lead: '상담원, 승무원, 호텔 프런트, CS 강사처럼 고객을 만나고 돕는 직업을 알아봐요. 어떤 일을 하는지, 어떻게 될 수 있는지 살펴보고, 임금과 전망은 나라의 공식 자료에서 바로 확인해요.',
  questionsHeading: '무엇이 궁금해요?',
  /**
   * The questions students ask first. `faq` picks the FAQ heading that answers it (by a word in it),
   * so the link follows the FAQ's wording; without a match the card goes to `path`.
   */
  questions: [
    { label: '어떤 직업이 있어요?', text: '상담원부터 CX 리더까지, 하는 일과 되는 길을 직업마다 정리했어요.', path: routes.jobs() },
    { label: '나한테 맞는 직업은 뭘까요?', text: '열두 문장에 답하면 눈여겨볼 직업을 알려 줘요.', path: routes.selfCheck() },
    { label: '돈은 얼마나 벌어요?', text: '나라에서 조사한 임금을 어디서 보는지 알려 줘요.', path: routes.guide('faq'), faq: '얼마' },
    {
      label: '화난 고객을 만나면 어떡해요?',
      text: '감정노동이 무엇이고, 일하는 사람을 어떻게 지키는지 알아봐요.',
      path: routes.guide('emotional-labour'),
    },
    { label: '어떤 길로 가요?', text: '첫 일자리에서 리더까지, 경력이 이어지는 길을 그림으로 봐요.', path: routes.paths() },
    { label: '더 궁금한 게 있어요', text: '학과, 자격증, AI, 체력까지 자주 묻는 질문을 모았어요.', path: routes.questions() },
  ],
  jobsHeading: 'CS 직업 살펴보기',
  jobsIntro: 'CS 일을 세 갈래로 나누어 직업을 모았어요. 직업 이름을 누르면 그 일의 하루부터 읽을 수 있어요.',
  teachersHeading: '선생님이세요?',
  teachersText: '학교급과 차시에 맞춘 진로 수업 설계서와 NCS 고객관리 능력단위는 선생님 자료에 모아 두었어요.',
  teachersLink: '선생님 자료 보기',
};
