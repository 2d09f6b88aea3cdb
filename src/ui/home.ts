import { routes } from '../model/routes.ts';
import type { SectionId } from './strings.ts';

/** Text of the home page. */
export const home = {
  title: '고객을 돕는 일, 나에게 맞을까요?',
  lead: '고객서비스(CS) 분야에는 상담원부터 CS 강사, CX 리더까지 여러 직업이 있어요. 하는 일과 필요한 역량, 그 일에 이르는 길을 살펴보고, 선생님은 바로 쓸 수 있는 진로 수업 설계서를 가져가세요.',
  startLabel: '어디서부터 볼까요?',
  startLinks: [
    { path: routes.selfCheck(), label: '나는 CS 일과 잘 맞을까?', text: '몇 가지 질문에 답하며 나와 어울리는 CS 직업을 찾아봐요.' },
    { path: routes.guide('field-overview'), label: 'CS 분야 한눈에 보기', text: 'CS 일의 세 갈래와 직업들이 어디에 자리하는지 알아봐요.' },
    { path: routes.jobs('compare'), label: '직업 비교표', text: '정규교육, 숙련기간과 이 사이트가 고른 자격을 한 표에서 비교해요.' },
  ],
  sectionsHeading: '둘러보기',
  jobsHeading: 'CS 직업 살펴보기',
  jobsIntro: '한 취업 칼럼의 나눔을 따라 CS 일을 세 갈래로 나누어 직업을 모았어요. 직업 이름을 누르면 자세한 설명으로 가요.',
  sectionText: {
    jobs: 'CS 분야의 직업마다 하는 일, 필요한 역량, 되는 길, 임금과 전망을 출처와 함께 정리했어요.',
    ncs: '국가직무능력표준(NCS)의 고객관리 능력단위를 수준과 함께 살펴봐요.',
    paths: '상담원에서 CS 매니저까지, 경력이 어떻게 이어지는지 단계별로 보여 줘요.',
    lessons: '학교급과 차시에 맞춘 진로 수업 설계서를 인쇄하거나 워드(.docx) 파일로 내려받아요. 한글에서도 열 수 있어요.',
  } satisfies Record<SectionId, string>,
};
