import { withParticle } from '../lib/korean-particles.ts';
import type { EducationLevel, WorkArea } from '../schemas/job.ts';

/** UI strings of the job pages. */
export const jobsIndex = {
  title: 'CS 직업',
  lead: '고객을 만나고 돕는 여러 직업을 모았어요. 궁금한 직업을 골라 보세요.',
  groupsHeading: '일의 종류별로 보기',
  groupsIntro:
    'CS 일을 세 갈래로 나눠 모았어요. 한 CS 취업 칼럼(2020년)의 글쓴이가 나눈 방식을 따른 것이라 공식 분류는 아니에요. 여러 갈래에 걸치는 직업은 가장 가까운 곳에 두었어요.',
  emptyGroup: '이 갈래에 속한 직업 페이지는 아직 없어요.',
  compareHeading: '한눈에 비교하기',
  compareIntro:
    '한국직업사전에 실린 정규교육과 숙련기간을, 그 기록을 조사한 해와 함께 옮겼어요. 직업사전에 없는 직업은 "공식 자료 없음"으로 적었어요. 숙련기간은 일을 혼자 해낼 수 있게 되기까지 걸리는 기간이에요. 마지막 칸의 자격은 공식 자료가 아니라, 이 사이트가 직업마다 먼저 알아보기를 권하는 것 하나를 고른 거예요.',
};

/** The jobs comparison table (jobs index and the field-overview guide); facts come from the job pages' frontmatter. */
export const jobComparison = {
  caption: 'CS 직업 비교: 일의 갈래, 정규교육, 숙련기간(한국직업사전, 조사 연도), 이 사이트가 고른 자격',
  job: '직업',
  area: '일의 갈래',
  education: '정규교육',
  skillPeriod: '숙련기간',
  certificate: '이 사이트가 고른 자격',
  noCertificate: '확인된 자격 없음',
  notListed: '(한국직업사전에 없는 이름이에요)',
};

export const workAreaText: Record<WorkArea, string> = {
  '서비스 기획·운영': '고객이 만족할 서비스를 설계하고, 그 서비스가 잘 돌아가도록 사람과 체계를 꾸려요.',
  '고객만족·VOC': '고객의 소리(VOC)를 모으고 만족도를 살펴, 서비스가 더 좋아지도록 교육하고 고쳐 나가요.',
  '고객접점 서비스': '전화, 창구, 기내, 호텔 로비처럼 고객을 가장 가까이에서 만나 응대해요.',
};

export const educationText: Record<EducationLevel, string> = {
  고졸: '고등학교 졸업 정도',
  전문대졸: '전문대학 졸업 정도',
  대졸: '대학교 졸업 정도',
};

/** Strings the job components share (comparison table, NCS list, related jobs, 자료와 출처). */
export const jobFacts = {
  /** After a 한국직업사전 figure: the year its record was surveyed. */
  surveyed: (year: number | null) => (year === null ? '' : `(${year}년 조사)`),
  sourcesIntro:
    '이 페이지의 사실과 수치는 아래 자료에서 가져왔어요. 공공 자료가 아닌 글(블로그 글, 참고 자료)의 수치는 공식 통계가 아니니, 대강의 흐름을 보는 데만 써 주세요.',
  ncsLevel: (level: number) => `수준 ${level}`,
  ncsNone: '이 직업과 바로 이어지는 NCS 능력단위는 아직 확인하지 못했어요.',
  lessonLink: (title: string) => `${title} 진로 수업 설계 보기`,
  relatedNone: '연결된 직업이 없어요.',
};

const andList = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names
        .slice(0, -1)
        .map((n) => withParticle(n, '과'))
        .join(' ')} ${names.at(-1)}`;

/** The job's name without the part in brackets: "CS 매니저 (고객관리 매니저)" → "CS 매니저". */
export const shortJobName = (title: string) => title.replace(/\s*\(.*\)\s*$/, '').trim();

/** The official-record wording of a job page's "자료와 출처": the codes and where the official data lives. */
export const officialRecord = {
  nearestPagesBefore: '그 기록의 정규교육과 숙련기간은 이 사이트의 ',
  nearestPagesAfter: ' 페이지에 있어요.',
  intro:
    '나라에서 펴내는 직업 자료에 이 직업이 어떻게 실려 있는지 모았어요. 아래 누리집은 링크만 걸어 두었어요. 누르면 그 누리집으로 가요.',
  introNotListed: (job: string) =>
    `${withParticle(shortJobName(job), '은')} 한국직업사전에 따로 실려 있지 않아요. 아래는 하는 일이 가장 가까운 직업의 기록이에요. 정규교육과 숙련기간은 그 기록에 적힌 것이라, 이 직업과 꼭 같지는 않아요.`,
  caption: '한국직업사전 기록',
  captionNearest: '하는 일이 가장 가까운 한국직업사전 기록',
  nameCol: '직업사전 이름',
  codeCol: '직업사전 코드',
  educationCol: '정규교육',
  skillPeriodCol: '숙련기간',
  surveyYearCol: '조사 연도',
  surveyYear: (year: number | null) => (year === null ? '확인하지 못함' : `${year}년`),
  notInRecord: '확인하지 못함',
  classification: (keco: string | null, ksco: string | null) =>
    [keco && `고용직업분류(KECO) ${keco}`, ksco && `한국표준직업분류(KSCO) ${ksco}`].filter(Boolean).join(' · '),
  classificationNote: '직업 분류 번호는 통계나 채용 공고에서 직업을 가리킬 때 쓰여요.',
  dictionary: {
    label: '고용24 (한국직업사전)',
    /** `nearest`: the records are the nearest job's, not this job's own. */
    text: (records: readonly { name: string; code: string }[], nearest = false) =>
      `한국직업사전은 고용24에서 볼 수 있어요. ${searchFor('기록', records)}${nearest ? ' 이 직업과 하는 일이 가장 가까운 기록이에요.' : ''}`,
    textByName: (name: string) => `한국직업사전은 고용24에서 볼 수 있어요. 검색창에 ${withParticle(`"${name}"`, '을')} 입력해 보세요.`,
  },
  qNet: {
    label: 'Q-Net (큐넷)',
    text: (names: readonly string[]) => `${andList(names)} 시험 일정과 과목은 Q-Net에서 종목 이름으로 찾아요.`,
  },
  ncs: {
    label: 'NCS 누리집 (NCS 및 학습모듈 검색)',
    text: (duties: readonly { code: string; name: string | null }[]) =>
      `${searchFor(
        '세분류',
        duties.map((d) => ({ name: d.name, code: d.code })),
      )} 그 세분류의 능력단위와 학습모듈이 나와요.`,
  },
};

/**
 * "검색창에 … 입력해 보세요." for records known by a name and a code: one record is named in the
 * sentence, several are listed after it.
 */
function searchFor(what: string, records: readonly { name: string | null; code: string }[]): string {
  const [only] = records;
  if (records.length === 1 && only) {
    return only.name
      ? `검색창에 ${what} 이름 ${withParticle(`"${only.name}"`, '이나')} 코드 ${withParticle(only.code, '을')} 입력해 보세요.`
      : `검색창에 ${what} 코드 ${withParticle(only.code, '을')} 입력해 보세요.`;
  }
  const listed = records.map((r) => (r.name ? `"${r.name}"(${r.code})` : r.code));
  return `검색창에 ${what} 이름이나 코드를 입력해 보세요: ${listed.join(', ')}.`;
}

/** The job page around its MDX body: the first screen, the pay links and the "자료와 출처" part. */
export const jobPage = {
  dayHeading: '이런 하루를 보내요',
  /** The good and the hard side, side by side; the pair's heading is for screen readers. */
  sidesHeading: '장점과 어려움',
  good: '좋은 점',
  hard: '힘든 점',
  nextLabel: '이어서 읽기',
  /** In-page links of the first screen, keyed by the MDX heading they point to. */
  next: { '되는 길': '어떻게 될 수 있어요?', '임금과 전망': '얼마 벌어요?', '관련 직업': '비슷한 직업' } as Record<string, string>,
  nextSelfCheck: '나와 맞을지 알아보기',
  pay: {
    title: '임금은 여기서 확인해요',
    intro: '직업별 임금은 나라의 직업 정보 누리집에 나와 있어요. 누르면 이 직업을 찾은 결과가 바로 열려요.',
    work24: {
      label: (term: string) => `고용24 직업정보에서 "${term}" 찾기`,
      text: (term: string) =>
        `검색 결과의 직업정보에서 ${withParticle(`"${term}"`, '을')} 고르면 한국고용정보원이 조사한 임금과 일자리 전망이 나와요.`,
    },
    careerNet: {
      label: (term: string) => `커리어넷 직업백과에서 "${term}" 찾기`,
      text: '학생을 위한 직업백과예요. 찾은 직업을 누르면 하는 일과 함께 임금과 전망을 볼 수 있어요.',
    },
    /** For a job the dictionary does not list: the links search for the nearest record. */
    nearest: (job: string, term: string) =>
      `${withParticle(job, '이라는')} 이름으로는 따로 실려 있지 않아서, 하는 일이 가장 가까운 ${withParticle(`"${term}"`, '으로')} 찾아요.`,
    figuresHeading: '숫자로 보기',
    figureYear: (year: number | null) => (year === null ? '기준 연도 안 밝힘' : `${year}년`),
    figureSource: '출처',
  },
  certificates: {
    issuer: (issuer: string) => `시행: ${issuer}`,
    noIssuer: '시행 기관을 확인하지 못했어요',
    none: '이 직업과 바로 이어지는 자격은 확인하지 못했어요.',
    guide: '자격증 안내에서 시험 방식과 종류 비교하기',
  },
  /** The bar a phone shows once the first screen is read: the part after the one being read. */
  bar: {
    label: '이어서 읽을 곳',
    now: '지금',
    next: '다음',
    nextJob: '다음 직업',
    allJobs: '다른 직업도 보기',
  },
  sources: {
    heading: '자료와 출처',
    intro: '이 페이지의 내용이 어디에서 왔는지 한곳에 모았어요. 한국직업사전 기록과 분류 번호, NCS 능력단위, 출처 목록이 여기 있어요.',
    toggle: (sources: number) => `기록과 출처 ${sources}개 보기`,
    recordsHeading: '한국직업사전 기록',
    ncsHeading: 'NCS 능력단위와 수업 설계',
    ncsIntro: '선생님과 직업계 고등학교 학생에게 쓸모 있는 자료예요. 능력단위는 나라가 정리한 일의 단위예요.',
    whereHeading: '공식 자료 찾는 곳',
    listHeading: '출처 목록',
  },
};
