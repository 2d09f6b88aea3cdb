/** UI strings of the job pages. */
export const jobsIndex = {
  title: 'CS 직업',
  lead: '고객을 만나고 돕는 여러 직업을 모았어요. 궁금한 직업을 골라 보세요.',
};

export const jobFacts = {
  heading: '한눈에 보기',
  officialName: '직업사전 이름',
  dictionaryCode: '직업사전 코드',
  keco: '고용직업분류(KECO)',
  ksco: '표준직업분류(KSCO)',
  ncsUnits: '관련 NCS 능력단위',
  figuresHeading: '수치와 출처',
  figureLabel: '항목',
  figureValue: '값',
  figureYear: '기준 연도',
  figureSource: '출처',
  sourcesHeading: '출처',
};
