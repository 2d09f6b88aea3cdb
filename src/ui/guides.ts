/** UI strings of the guide pages (/guides/). */
export const guidesIndex = {
  title: 'CS 일 안내',
  lead: '직업 하나하나를 넘어서, CS 분야 전체를 이해하는 데 필요한 이야기를 차례대로 모았어요.',
  allGuides: '안내 전체 보기',
  alsoHeading: '함께 보면 좋아요',
  selfCheckText: '질문 열두 개에 답하며 나와 잘 맞는 CS 직업을 찾아봐요.',
  pathsText: '상담원에서 리더까지, 경력이 어떻게 이어지는지 그림으로 봐요.',
};

export const guideSources = {
  heading: '출처',
  unknownPublisher: '발행처 미상',
  unknownYear: '연도 미상',
  figuresHeading: '이 페이지의 수치와 출처',
  figureLabel: '항목',
  figureValue: '값',
  figureYear: '기준 연도',
  figureSource: '출처',
};

/** The comparison table of the field overview; facts come from the job pages' frontmatter. */
export const jobTable = {
  caption: 'CS 직업 아홉 가지 비교 (한국직업사전 기준, 직업 페이지의 자료)',
  job: '직업',
  area: '일의 갈래',
  education: '직업사전의 정규교육',
  skillPeriod: '숙련 기간',
  certificate: '관련 자격',
  none: '없음',
  areaJobs: '이 갈래의 직업',
};
