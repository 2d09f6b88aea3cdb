/** UI strings of the guide pages (/guides/). */
export const guidesIndex = {
  title: 'CS 일 안내',
  lead: '직업 하나하나를 넘어서, CS 분야 전체를 이해하는 데 필요한 이야기를 차례대로 모았어요.',
  allGuides: '안내 전체 보기',
  alsoHeading: '함께 보면 좋아요',
  selfCheckText: '질문 열두 개에 답하며 나와 잘 맞는 CS 직업을 찾아봐요.',
  pathsText: '상담원에서 리더까지, 경력이 어떻게 이어지는지 그림으로 봐요.',
};

export const guideFigures = {
  figuresHeading: '이 페이지의 수치와 출처',
  figureLabel: '항목',
  figureValue: '값',
  figureYear: '기준 연도',
  figureSource: '출처',
};

/** The job links under each kind of work in the field overview (AreaJobs). */
export const areaJobs = {
  label: '이 갈래의 직업',
  none: '없음',
};
