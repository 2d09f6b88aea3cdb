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
  elementsWorksheetBlank: '능력단위요소: 선생님이 NCS 누리집에서 요소를 찾아 적어 주면, 요소마다 "이 일을 한다면 무엇부터 할까요?"에 답해요',
  ksaWorksheetTask: '지식·기술·태도 가운데 내가 이미 가진 것 하나와 더 기르고 싶은 것 하나',
  gapDefinition: '능력단위의 공식 정의를 아직 가져오지 않았어요. 정의 칸은 "선생님이 채워요"로 표시했어요.',
  gapElements: '능력단위요소와 수행준거를 아직 가져오지 않았어요. 해당 칸과 평가 기준표의 한 줄은 선생님이 NCS 누리집에서 찾아 채워야 해요.',
  gapKsaPrefix: '지식·기술·태도:',
  gapBasicCompetences: '이 능력단위의 공식 직업기초능력은 아직 가져오지 않았어요.',
  unitNcsNote: '능력단위의 공식 정보예요. 비어 있는 칸은 공식 자료를 가져오면 채워져요.',
} as const;
