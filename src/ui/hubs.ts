/** UI strings of the two door pages: 궁금해요 (students' questions) and 선생님 자료 (teachers). */

/** /questions/: the FAQ's questions first, then the guides students ask about. */
export const questionsHub = {
  title: '궁금해요',
  lead: 'CS 일을 알아보는 학생들이 자주 묻는 것을 모았어요. 궁금한 질문을 누르면 답으로 바로 가요.',
  faqHeading: '자주 묻는 질문',
  guidesHeading: '더 깊이 알아보기',
  /** The guides behind this door, each under the question a student would ask; slugs of content/guides. */
  guides: [
    { slug: 'emotional-labour', question: '화난 고객을 만나면 어떡해요?' },
    { slug: 'certificates', question: '어떤 자격증이 있어요?' },
    { slug: 'getting-a-job', question: '취업 준비는 어떻게 해요?' },
  ],
  allGuides: 'CS 일 안내 모두 보기',
  selfCheck: '아직 어떤 직업이 궁금한지 모르겠다면, 먼저 나에게 맞는 직업을 찾아보세요.',
  selfCheckLink: '나에게 맞는 직업 찾기',
};

/** /teachers/: the teachers' door. */
export const teachersHub = {
  title: '선생님 자료',
  lead: '진로 수업에 바로 쓸 수 있는 수업 설계서와, 그 바탕이 되는 NCS 고객관리 능력단위를 모았어요.',
  cards: {
    lessonsTitle: '진로 수업 설계서',
    designerTitle: '설계서를 우리 반에 맞게 만들기',
    ncsTitle: 'NCS 고객관리 능력단위',
    lessons: '직업 탐구 수업과 NCS 역량 수업의 설계서예요. 중학교용과 고등학교용을 인쇄하거나 편집용 문서로 내려받아요.',
    designer: '직업이나 능력단위를 고르고 학교급, 학년, 차시를 정하면 우리 반에 맞는 설계서가 만들어져요.',
    ncs: '국가직무능력표준(NCS)의 고객관리 능력단위를 수준, 지식·기술·태도와 함께 살펴봐요.',
  },
  studentsHeading: '학생과 함께 볼 페이지',
  studentsIntro: '수업에서 학생에게 보여 주기 좋은 페이지예요. 학생용 메뉴에도 같은 페이지가 있어요.',
};
