/**
 * Korean sentences the lesson builder writes into designs when data is missing or derived.
 * The lesson templates themselves live in content/lessons/ for teachers to edit.
 */
export const lessonWording = {
  missingLevel: '수준: 공식 자료에 수준이 없어요',
  missingLevelMeaning: '수준 설명: NCS 수준체계에서 찾아 적어요',
  missingDefinition: '능력단위 정의: 아직 공식 자료를 가져오지 않았어요. NCS 누리집(ncs.go.kr)에서 찾아 적어요',
  missingPath: 'NCS 분류 경로를 찾아 적어요',
  missingElements: '능력단위요소: 아직 공식 자료를 가져오지 않았어요. NCS 누리집에서 찾아 적어요',
  missingCriteria: '수행준거: 아직 공식 자료를 가져오지 않았어요',
  missingKsa: (what: string) => `${what}: 아직 공식 자료가 없어요. 능력단위 자료에서 찾아 적어요`,
  missingJobs: '이 능력단위를 쓰는 직업을 골라 적어요',
  criteriaBlank: '수행준거: 아직 공식 자료를 가져오지 않았어요. NCS 누리집에서 이 능력단위의 수행준거를 찾아 한 줄씩 적어요',
  criteriaMethod: '관찰 평가(수행준거 점검표)',
  criteriaCount: (n: number) => `이 능력단위의 수행준거 ${n}개 (평가 기준표 참고)`,
  elementsWorksheetHeading: '요소 탐구',
  elementsWorksheetBlank:
    '능력단위요소: 선생님이 NCS 누리집에서 요소를 찾아 적어 주면, 요소마다 "이 일을 한다면 무엇부터 할까요?"에 답해요',
  ksaWorksheetTask: '지식·기술·태도 가운데 내가 이미 가진 것 하나와 더 기르고 싶은 것 하나',
  gapDefinition: '능력단위의 공식 정의를 아직 가져오지 않았어요. 정의 칸은 "선생님이 채워요"로 표시했어요.',
  gapElements:
    '능력단위요소와 수행준거를 아직 가져오지 않았어요. 해당 칸과 평가 기준표의 한 줄은 선생님이 NCS 누리집에서 찾아 채워야 해요.',
  gapKsaPrefix: '지식·기술·태도:',
  gapBasicCompetences: '이 능력단위의 공식 직업기초능력은 아직 가져오지 않았어요.',
  schoolNames: { middle: '중학교', high: '고등학교' },
  gradeLabel: (school: string, grade: number) => `${school} ${grade}학년`,
  standardsBlank: (curriculum: string) => `관련 성취기준: ${curriculum} 교육과정 문서에서 알맞은 성취기준을 골라 적어 주세요.`,
  noCurriculum: (school: string) => `${school} 교육과정 자료가 없어요.`,
  missingOfficialName: '직업사전 이름: 공식 자료 없음, 직업 페이지에서 확인해요',
  missingJobPath: '이 직업과 이어진 NCS 분류가 아직 없어요',
  missingJobUnits: '이 직업과 이어진 NCS 능력단위가 아직 없어요',
  missingTopics: '직업 페이지에서 찾을 항목을 정해 적어요',
  missingRelatedJobs: '이어지는 직업을 골라 적어요',
  missingCertificates: '관련 자격이 아직 정리되지 않았어요',
  unitWithLevel: (name: string, level: number) => `${name}(수준 ${level})`,
  elementWithLevel: (name: string, level: number) => `${name} (수준 ${level})`,
  gapNoUnits: '이 직업과 이어진 NCS 능력단위가 아직 없어서, NCS 칸은 선생님이 채워야 해요.',
  gapUnitElements:
    '이어진 능력단위의 능력단위요소와 수행준거는 아직 공식 자료를 가져오지 않았어요. 해당 칸은 "선생님이 채워요"로 표시했어요.',
  gapOfficialName: '이 직업의 직업사전 이름은 확인하지 못했어요.',
  jobNcsNote:
    '아래 직업기초능력은 이 수업의 활동이 기르는 능력을 수업 설계에서 고른 것이에요. 능력단위의 공식 직업기초능력은 능력단위 표에 따로 적었어요.',
  notYet: (what: string) => `${what}: 아직 공식 자료를 가져오지 않았어요. NCS 누리집(ncs.go.kr)의 능력단위 자료에서 찾아 적어요`,
  ksaNames: {
    elements: '능력단위요소',
    criteria: '수행준거',
    knowledge: '지식',
    skills: '기술',
    attitudes: '태도',
    basicCompetences: '직업기초능력',
  },
  timingClosing: (period: number) => `${period}차시 정리 단계`,
  timingPeriod: (period: number) => `${period}차시`,
  timingBlock: (period: number, title: string) => `${period}차시 전개 (${title})`,
  summaryDefinitionNote: '이 사이트가 쓴 요약이에요. 공식 정의가 아니에요.',
  ksaFromSource: (title: string) => `공식 NCS 표가 아니라 ${title}에서 소개한 내용이에요.`,
  unitNcsNote: '능력단위의 공식 정보예요. 비어 있는 칸은 공식 자료를 가져오면 채워져요.',
} as const;
