/** UI strings of the career path pages (/paths/). */
export const pathsIndex = {
  title: '진로 경로',
  lead: 'CS 분야에서 경력이 어떻게 이어지는지, 단계마다 무엇이 다음으로 이끄는지 그림과 글로 보여 줘요.',
  steps: (n: number) => `${n}단계`,
};

export const pathPage = {
  diagramHeading: '한눈에 보는 경로',
  stepsHeading: '단계별로 읽기',
  diagramTitle: (title: string) => `진로 경로 그림: ${title}`,
  diagramDesc: (labels: readonly string[]) =>
    `${labels.length}단계로 이어지는 경로예요. ${labels.map((l, i) => `${i + 1}단계 ${l}`).join(', ')}. 아래 목록에 같은 내용이 글로 있어요.`,
  diagramNote: '그림과 같은 내용을 아래에 글로도 적었어요.',
  job: '직업 페이지',
  time: '걸리는 시간',
  sourcePrefix: '· 출처:',
  noPeriod: '정해진 기간 없음:',
  noPeriodAll: '단계마다 머무는 기간은 사람과 회사마다 달라요. 빨리 올라가는 사람도, 한 단계에 오래 머무는 사람도 있어요.',
  noPeriodSome: '단계마다 머무는 기간은 사람과 회사마다 달라요. 한국직업사전에 숙련 기간이 적힌 단계에만 "걸리는 시간"을 함께 적었어요.',
  moveOn: '다음 단계로 가려면',
  /** Above a last step's choices: first jobs on one path, jobs to branch into on another. */
  choices: '고를 수 있는 일',
  sourcesHeading: '출처',
  timeNote: '“숙련 기간”은 한국직업사전이 적은, 그 일을 혼자 해낼 만큼 익히는 데 드는 기간이에요. 그 자리에 머무는 햇수가 아니에요.',
};

export const relatedPaths = {
  heading: '이 직업이 나오는 진로 경로',
  step: (n: number) => `${n}단계`,
};
