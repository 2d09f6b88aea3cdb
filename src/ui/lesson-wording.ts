/**
 * Korean sentences the lesson builder writes into designs when data is missing or derived.
 * The lesson templates themselves live in content/lessons/ for teachers to edit.
 */
import { withParticle } from '../lib/korean-particles.ts';

export const lessonWording = {
  /** "가와 나", "가, 나와 다": names joined for a sentence, each 과/와 by its sound. */
  andList: (names: readonly string[]) =>
    names.length <= 1
      ? (names[0] ?? '')
      : `${names
          .slice(0, -2)
          .map((n) => `${n}, `)
          .join('')}${withParticle(names.at(-2)!, '과')} ${names.at(-1)}`,
  readingNeedsJob: '읽기 자료(kind: reading)는 직업 페이지가 있는 직업 설계서에만 쓸 수 있어요',
  readingSource: (job: string, parts: readonly string[], sources: readonly string[]) =>
    `이 읽기 자료는 ${job} 직업 페이지의 ${withParticle(parts.map((p) => `'${p}'`).join(', '), '을')} 그대로 옮겼어요.` +
    (sources.length > 0 ? ` 직업 페이지가 쓴 자료: ${sources.join('; ')}.` : ''),
  missingLevel: '수준: 공식 자료에 수준이 없어요',
  missingLevelMeaning: '수준 설명: NCS 수준체계에서 찾아 적어요',
  missingDefinition: '능력단위 정의가 아직 없어요',
  missingPath: 'NCS 분류 경로를 찾아 적어요',
  missingElements: '능력단위요소가 아직 없어요',
  missingCriteria: '수행준거가 아직 없어요',
  missingKsa: '지식·기술·태도가 아직 없어요',
  missingJobs: '이 능력단위를 쓰는 직업이 아직 없어요',
  ksaOfficial: '능력단위의 공식 자료',
  seriesLength: (periods: number) => `${periods}차시`,
  unitSeriesNames: (names: readonly string[]) => names.join(' · '),
  unitSeriesSummary: (names: readonly string[], periods: number) =>
    `${names.map((n) => `「${n}」`).join(', ')} 능력단위 ${names.length}개를 ${periods}차시에 걸쳐 차례로 배우는 연속 수업이에요. 차시마다 한 능력단위의 일을 알아보고 직접 해 본 뒤, 마지막 차시에 모두 모아 정리하고 평가해요.`,
  unitSeriesHandout: (title: string, unit: string) => `${title}: ${unit}`,
  unitSeriesTooFewPeriods: (units: number, periods: number) =>
    `능력단위 ${units}개를 한 연속 수업으로 만들려면 능력단위마다 한 차시씩, ${units}차시 이상이 필요해요. 지금은 ${periods}차시예요. 차시 수를 늘리거나 능력단위를 줄여요.`,
  singlePeriod: '한 차시로 끝나는 수업이에요',
  missingVocational: '같은 이름의 전문교과 영역이 없어요',
  criteriaMethod: '관찰 평가(수행준거 점검표)',
  criteriaCount: (n: number) => `이 능력단위의 수행준거 ${n}개 (평가 기준표 참고)`,
  vocationalMethod: '관찰 평가(전문교과 성취기준 점검)',
  vocationalCriteria: (area: string, codes: string) =>
    `같은 이름의 전문교과 영역 「${area}」의 성취기준 ${codes}에 비추어 과제를 해냈는지 (평가 기준표 참고. 성취기준 문장은 고시 원문이고, 잘함·보통·노력 필요의 설명은 이 설계서가 과제에 맞춰 쓴 것이에요)`,
  vocationalRubricSuffix: (area: string) => ` (같은 이름의 전문교과 영역 「${area}」)`,
  vocationalNote: (area: string) =>
    `NCS 능력단위와 이름이 같은 전문교과 「고객 관리」의 영역 ${withParticle(`「${area}」`, '이에요')}. 능력단위 자체의 수행준거가 아니라, 특성화고에서 이 이름으로 가르치는 과목의 성취기준이에요. 어느 공식 자료도 둘을 하나하나 대응시키지 않아요.`,
  elementsWorksheetHeading: '요소 탐구',
  ksaWorksheetTask: '지식·기술·태도 가운데 내가 이미 가진 것 하나와 더 기르고 싶은 것 하나',
  gapUnitData: (name: string) =>
    `「${name}」의 공식 정의, 능력단위요소, 수행준거는 NCS 누리집(ncs.go.kr)에서 능력단위 코드로 찾아 NCS 연계 표의 빈칸에 적어 두세요. 이 수업은 능력단위의 이름과 수준, 이 능력단위를 쓰는 직업으로 짰어요.`,
  gapKsaPrefix: '지식·기술·태도:',
  schoolNames: { middle: '중학교', high: '고등학교' },
  gradeLabel: (school: string, grade: number) => `${school} ${grade}학년`,
  standardsBlank: (school: string) => `관련 성취기준: ${school} 「진로와 직업」 교육과정 문서에서 알맞은 성취기준을 골라 적어 주세요.`,
  standardsCheck: '표시한 성취기준은 지도안에 옮기기 전에 고시 원문(국가교육과정정보센터)과 대조해 확인하세요.',
  standardCheck: '고시 원문과 대조해 확인하세요',
  noDictionaryRecord: '한국직업사전에 없는 이름이에요',
  missingJobPath: '이 직업과 이어진 NCS 분류가 아직 없어요',
  missingJobUnits: '이 직업과 이어진 NCS 능력단위가 아직 없어요',
  missingTopics: '직업 페이지의 항목이 아직 없어요',
  missingRelatedJobs: '이어지는 직업이 아직 없어요',
  missingCertificates: '관련 자격이 아직 정리되지 않았어요',
  unitWithLevel: (name: string, level: number) => `${name}(수준 ${level})`,
  elementWithLevel: (name: string, level: number) => `${name} (수준 ${level})`,
  gapNoUnits: '이 직업과 이어진 NCS 능력단위가 아직 없어요. NCS 활동은 세분류 페이지를 보며 해요.',
  gapUnitElements:
    '이어진 능력단위의 요소와 수행준거는 NCS 누리집(ncs.go.kr)에서 능력단위 코드로 찾을 수 있어요. NCS 활동은 능력단위의 이름과 수준으로 하게 짰어요.',
  /** `jobWithTopic` is the job's name with its topic particle: "CS 매니저는". */
  gapNoDictionaryRecord: (jobWithTopic: string) =>
    `${jobWithTopic} 한국직업사전에 없는 이름이에요. 이 설계서는 사이트의 직업 페이지 내용으로 만들었어요.`,
  jobNcsNote:
    '아래 직업기초능력은 이 수업의 활동이 기르는 능력을 수업 설계에서 고른 것이에요. 능력단위마다 정해진 공식 직업기초능력은 NCS 누리집(ncs.go.kr)에서 능력단위 코드로 찾아볼 수 있어요.',
  /** A unit's 지식·기술·태도 in one line, for a sentence that quotes them: 지식(…), 기술(…), 태도(…). */
  ksaExamples: (u: { knowledge: readonly string[]; skills: readonly string[]; attitudes: readonly string[] }) =>
    (
      [
        ['지식', u.knowledge],
        ['기술', u.skills],
        ['태도', u.attitudes],
      ] as const
    )
      .filter(([, list]) => list.length > 0)
      .map(([name, list]) => `${name}(${list.join(', ')})`)
      .join(', '),
  elementsBlank: (code: string) =>
    `능력단위요소와 수행준거: NCS 누리집(ncs.go.kr)에서 코드 ${withParticle(code, '으로')} 찾아 적어요. 적어 두면 과제의 점검 기준으로 쓸 수 있어요.`,
  unitMissing: (what: readonly string[], code: string) =>
    `${what.join(', ')}: NCS 누리집(ncs.go.kr)에서 코드 ${withParticle(code, '으로')} 찾아 적어요.`,
  ksaNames: {
    definition: '정의',
    elements: '능력단위요소',
    criteria: '수행준거',
    ksa: '지식·기술·태도',
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
  unitNcsNote: '능력단위의 공식 정보예요. 아직 없는 공식 자료는 한 줄로 모아 적었어요.',
} as const;
