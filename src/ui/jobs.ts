import { withParticle } from '../lib/korean-particles.ts';
import type { EducationLevel, WorkArea } from '../schemas/job.ts';

/** UI strings of the job pages. */
export const jobsIndex = {
  title: 'CS 직업',
  lead: '고객을 만나고 돕는 여러 직업을 모았어요. 궁금한 직업을 골라 보세요.',
  groupsHeading: '일의 종류별로 보기',
  groupsIntro:
    'CS 취업 칼럼(2020년)의 글쓴이는 CS 일을 세 갈래로 나눠요. 서비스를 설계하고 굴리는 일, 고객의 목소리를 듣고 만족도를 살피는 일, 고객을 직접 만나는 일이에요. 공식 분류는 아니지만 이 사이트도 그 나눔을 따랐어요. 한 직업이 여러 갈래에 걸치기도 하지만, 여기서는 가장 가까운 갈래에 놓았어요.',
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

export const jobFacts = {
  heading: '한눈에 보기',
  workArea: '일의 갈래',
  officialName: '직업사전 이름',
  dictionaryCode: '직업사전 코드',
  otherNames: '다른 이름',
  officialRecord: '공식 기록',
  education: '정규교육',
  skillPeriod: '숙련기간',
  /** After a 한국직업사전 figure: the year its record was surveyed. */
  surveyed: (year: number | null) => (year === null ? '' : `(${year}년 조사)`),
  keco: '고용직업분류(KECO)',
  ksco: '표준직업분류(KSCO)',
  certificates: '관련 자격',
  noCertificates: '확인된 관련 자격 없음',
  ncsUnits: '관련 NCS 능력단위',
  alsoListed: '함께 보는 직업사전 항목',
  figuresCaption: '임금과 일자리 수치 (출처와 기준 연도)',
  officialPay: '공식 임금 통계',
  figureLabel: '항목',
  figureValue: '값',
  figureYear: '기준 연도',
  figureSource: '출처',
  noFigures: '이 직업에 대해 출처가 확인된 수치는 아직 없어요.',
  sourcesHeading: '출처',
  sourcesIntro:
    '이 페이지의 사실과 수치는 아래 자료에서 가져왔어요. 공공 자료가 아닌 글(블로그 글, 참고 자료)의 수치는 공식 통계가 아니니, 대강의 흐름을 보는 데만 써 주세요.',
  ncsLevel: (level: number) => `수준 ${level}`,
  ncsNone: '이 직업과 바로 이어지는 NCS 능력단위는 아직 확인하지 못했어요.',
  lessonLink: (title: string) => `${title} 진로 수업 설계 보기`,
  certificateIssuer: '발급 기관',
  certificateStatus: '자격 종류',
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

/**
 * The official-record wording of a job page: one sentence in the summary box, and the "공식 기록"
 * part lower on the page with the codes and the portals where the official data lives.
 */
export const officialRecord = {
  heading: '공식 기록',
  /** Summary box, for a job the dictionary lists. */
  listed: (names: readonly string[]) => {
    return `한국직업사전에 ${withParticle(andList(names.map((n) => `"${n}"`)), '으로')} 실려 있어요.`;
  },
  /** Summary box, for a job the dictionary does not list. Said once; the rest of the box shows what we have. */
  notListed: (job: string, nearest: readonly string[]) =>
    `${withParticle(job, '이라는')} 이름은 한국직업사전에 없어서 정규교육·숙련기간 같은 공식 자료가 없어요.` +
    (nearest.length > 0 ? ` 하는 일이 가장 가까운 공식 기록은 ${withParticle(andList(nearest), '이에요')}.` : ''),
  nearestPagesBefore: '그 기록의 정규교육과 숙련기간은 이 사이트의 ',
  nearestPagesAfter: ' 페이지에 있어요.',
  moreLink: '코드와 공식 자료 찾는 곳 보기',
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
  seeOnPortal: '고용24에서 확인',
  classification: (keco: string | null, ksco: string | null) =>
    [keco && `고용직업분류(KECO) ${keco}`, ksco && `한국표준직업분류(KSCO) ${ksco}`].filter(Boolean).join(' · '),
  classificationNote: '직업 분류 번호는 통계나 채용 공고에서 직업을 가리킬 때 쓰여요.',
  whereHeading: '공식 자료 찾는 곳',
  careerNet: {
    label: '커리어넷 직업백과',
    text: (name: string) => `학생을 위한 직업 설명이에요. 직업백과 검색창에 ${withParticle(`"${name}"`, '을')} 입력해 보세요.`,
  },
  work24: {
    label: (name: string) => `고용24에서 "${name}" 찾기`,
    text: '고용24는 워크넷을 이어받은 나라의 고용 누리집이에요. 검색 결과에서 직업정보를 골라 보세요.',
  },
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
