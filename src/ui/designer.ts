/** UI strings of the 수업 설계 도우미 (lessons/design/) and of the lesson pages' document button. */
import { withParticle, type Particle } from '../lib/korean-particles.ts';
import { MINUTES } from '../model/lesson/option-values.ts';
import { allowedValues } from './lesson-options.ts';

/** A value she typed, in quotes, with the particle its last sound takes: "200"은, "abc"는. */
const quoted = (value: string, particle: Particle) => withParticle(`"${value}"`, particle);

export const designerText = {
  title: '수업 설계 도우미',
  lead: '직업이나 NCS 능력단위를 고르고 학교급, 학년, 차시 수와 길이를 정하면 수업 설계서가 바로 만들어져요. 단원명과 학습목표를 고치고 "선생님이 채워요" 칸을 채운 뒤 인쇄하거나 편집용 문서로 내려받아요.',
  noScript:
    '수업 설계 도우미는 브라우저에서 자바스크립트가 켜져 있어야 움직여요. 자바스크립트를 켤 수 없다면 미리 만들어 둔 수업 설계서를 그대로 쓰세요.',
  noScriptLink: '미리 만든 수업 설계서 보기',
  loading: '수업 설계 자료를 불러오고 있어요…',
  loadFailed: '수업 설계 자료를 불러오지 못했어요. 인터넷 연결을 확인하고 페이지를 새로 고쳐 주세요.',
  whatLegend: '무엇을 가르칠까요',
  kindJob: '직업 탐구 (직업 하나)',
  kindUnits: 'NCS 역량 수업 (능력단위 하나 이상)',
  job: '직업',
  unitSearch: '능력단위 이름이나 코드로 찾기',
  unitSearchHint: '두 글자 이상 쓰면 찾아요. 예: 고객 관계, 0201030210',
  duty: '세분류로 찾기',
  dutyPick: '세분류를 골라요',
  unitsFound: (n: number) => (n === 0 ? '찾은 능력단위가 없어요.' : `능력단위 ${n.toLocaleString('ko-KR')}개를 찾았어요.`),
  tooCommon: '이 낱말로 시작하는 능력단위가 너무 많아요. 낱말을 하나 더 쓰거나 코드, 세분류로 찾아 주세요.',
  unitsFoundMore: (shown: number) => `앞의 ${shown}개만 보여 줘요. 더 자세히 써 보세요.`,
  add: '더하기',
  added: '골랐어요',
  remove: (name: string) => `${name} 빼기`,
  removeButton: '빼기',
  dutyOption: (name: string, code: string, units: number) => `${name} (${code}, ${units}개)`,
  chosenUnit: (name: string, code: string, level: number | null | undefined) =>
    `${name} (${code}${level == null ? '' : `, 수준 ${level}`})`,
  /** Beside a found unit: its code and 수준, so she can tell a first job's unit from a manager's. */
  foundUnit: (code: string, level: number | null | undefined) => (level == null ? code : `${code} · 수준 ${level}`),
  chosenUnits: '고른 능력단위',
  noUnitsChosen: '아직 고른 능력단위가 없어요.',
  maxUnits: (n: number) => `능력단위는 ${n}개까지 고를 수 있어요.`,
  optionsLegend: '수업 조건',
  apply: '이 조건으로 만들기',
  applyHint: '조건을 바꾸면 설계서가 바로 바뀌어요. 이 단추는 다시 그리고 싶을 때 눌러요.',
  gradeAll: '학년 전체',
  minutesHint: (usual: string) => `${MINUTES.min}~${MINUTES.max}분. 비워 두면 학교급의 보통 길이(${usual})예요.`,
  actionsLabel: '설계서 쓰기',
  print: '인쇄하기',
  docx: '편집용 문서(.docx) 내려받기',
  docxMaking: '문서를 만들고 있어요…',
  docxDone: (name: string) => `${name} 파일을 내려받았어요.`,
  docxFailed: '문서를 만들지 못했어요. 인터넷 연결을 확인하고 다시 눌러 주세요.',
  copyLink: '이 설정의 링크 복사',
  linkCopied: '링크를 복사했어요. 붙여 넣으면 같은 설계서가 열려요.',
  linkShown: '복사하지 못했어요. 주소창의 주소를 직접 복사해 주세요.',
  save: '설계 파일로 저장',
  /** The saved file's name: what the design is, then what the file is. */
  designFileName: (base: string | null) => `${base ?? '수업설계'}_설계파일.json`,
  saved: (name: string) => `${name} 파일로 저장했어요. "설계 파일 열기"로 다시 열 수 있어요.`,
  open: '설계 파일 열기',
  opened: '설계 파일을 열었어요.',
  clearEdits: '고친 내용 모두 지우기',
  clearConfirm: '이 설계서에서 고치고 채운 내용을 모두 지울까요?',
  cleared: '고친 내용을 지웠어요.',
  editHelp:
    '단원명, 학습목표, 노란 "선생님이 채워요" 칸을 눌러 바로 고쳐 써요. 고친 내용은 이 브라우저에 저장돼 새로 고쳐도 남아 있고, 인쇄와 편집용 문서에도 들어가요.',
  designChoice: '보고 있는 설계서',
  previewLabel: '만들어진 수업 설계서',
  pickSomething: '직업이나 능력단위를 고르면 설계서가 여기에 나와요.',
  editTitle: '단원명',
  editGoal: (n: number) => `학습목표 ${n}`,
  editBlank: (hint: string) => `선생님이 채워요: ${hint}`,
  savedInBrowser: '고친 내용을 이 브라우저에 저장했어요.',
  storageOff: '이 브라우저는 고친 내용을 저장하지 못해요. 마치기 전에 "설계 파일로 저장"을 눌러 주세요.',
  storagePartly: (parts: string) =>
    `이 브라우저에 저장된 고친 내용 가운데 읽지 못한 부분이 있어요 (${parts}). 읽은 내용은 모두 되살렸고, 원래 저장본도 이 브라우저에 따로 남겨 두었어요.`,
  storageUnread:
    '이 브라우저에 저장된 고친 내용을 읽지 못했어요. 원래 저장본은 지우지 않고 이 브라우저에 따로 남겨 두었어요. 저장해 둔 설계 파일이 있으면 "설계 파일 열기"로 열어 주세요.',
  place: {
    goal: (n: number) => `학습목표 ${n}`,
    step: (period: number, row: number, column: string) => `${period}차시 과정안 ${row}번째 줄의 ${column}`,
    period: (period: number) => `${period}차시 과정안`,
    assessment: (n: number) => `평가 계획 ${n}번째 줄`,
    rubric: (n: number) => `평가 기준표 ${n}번째 줄`,
    task: (section: number, task: number) => `활동지 ${section}번째 묶음의 ${task}번째 물음`,
    handout: (n: number) => `부록 ${n}번째 자료`,
    unit: (n: number, part: string) => `NCS 연계 ${n}번째 능력단위의 ${part}`,
    other: '설계서의 한 칸',
  },
  kept: {
    heading: '지금 설계서에 자리가 없는 글',
    intro:
      '아래 글은 지금 설계서에서 들어갈 자리를 찾지 못했어요. 차시 수나 학교급 같은 조건을 바꾸었거나, 사이트의 수업 틀이 바뀌어 원래 자리의 글이 달라졌기 때문이에요. 지우지 않고 이 브라우저와 설계 파일에 그대로 보관해요. 예전 조건으로 돌아가면 제자리에 다시 나와요. 새 자리에 쓰려면 복사해서 붙여 넣어요.',
    line: (place: string, from: string, to: string) => `${place}, 「${short(from)}」 자리에 쓴 글: ${to}`,
    discard: '지우기',
    discardLabel: (n: number) => `보관한 글 ${n} 지우기`,
    confirm: '보관한 이 글을 지울까요? 지우면 되살릴 수 없어요.',
    discarded: '보관한 글을 지웠어요.',
  },
  problems: {
    job: (v: string) => `${quoted(v, '이라는')} 직업은 없어요. 목록에서 골라 주세요.`,
    unit: (v: string) => `${quoted(v, '이라는')} 능력단위는 없어요. 이름이나 코드로 다시 찾아 주세요.`,
    unitFormat: (v: string) => `${quoted(v, '은')} 능력단위 코드 꼴(예: 0201030201_21v3)이 아니에요.`,
    seriesPeriods: (problem: string, n: number) => `${problem} 우선 ${n}차시로 만들었어요.`,
    tooManyUnits: (n: number) => `능력단위는 ${n}개까지만 골라요. 앞의 ${n}개로 만들었어요.`,
    both: '직업과 능력단위를 함께 고를 수 없어요. 직업 탐구 설계서를 보여 줘요.',
    school: (v: string) => `학교급 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.school}). 기본값으로 만들었어요.`,
    grade: (v: string) => `학년 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.grade}). 학년 전체로 만들었어요.`,
    periods: (v: string) => `차시 수 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.periods}). 기본값으로 만들었어요.`,
    minutes: (v: string) => `차시 길이 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.minutes}). 기본값으로 만들었어요.`,
    activity: (v: string) => `활동 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.activity}). 기본값으로 만들었어요.`,
    style: (v: string) => `문체 ${quoted(v, '은')} 쓸 수 없어요 (${allowedValues.style}). 기본값으로 만들었어요.`,
    build: (message: string) => `이 조건으로는 설계서를 만들 수 없어요: ${message}`,
  },
  file: {
    kindName: '수업 설계 도우미 설계 파일',
    notJson: '이 파일은 수업 설계 파일이 아니에요 (읽을 수 있는 설계 자료가 없어요). 지금 설계서는 그대로예요.',
    notDesign: '이 파일은 수업 설계 도우미가 저장한 설계 파일이 아니에요. 지금 설계서는 그대로예요.',
    newer: (v: number) =>
      `이 파일은 더 새로운 도우미(파일 형식 ${v})에서 저장했어요. 이 사이트를 새 버전으로 바꾼 뒤 열어 주세요. 지금 설계서는 그대로예요.`,
    damaged: (where: string) => `설계 파일이 손상됐어요. 읽을 수 없는 부분: ${where}. 지금 설계서는 그대로예요.`,
    tooBig: '파일이 너무 커요 (40 MB까지). 수업 설계 파일이 맞는지 확인해 주세요. 지금 설계서는 그대로예요.',
    parts: {
      query: '고른 설계와 조건',
      edits: '고친 내용 전체',
      whole: '파일의 짜임',
      unknown: '도우미가 모르는 항목',
      design: (n: number) => `${n}번째 설계서의 고친 내용`,
      edit: (design: number, edit: number) => `${design}번째 설계서의 고친 내용 가운데 ${edit}번째 글`,
    },
  },
  pageDocx: '편집용 문서(.docx) 만들기',
  pageDocxNoScript:
    '편집용 문서(.docx)는 자바스크립트가 켜져 있어야 만들 수 있어요. 아래 수업 설계 자료를 내려받거나 이 페이지를 인쇄해 쓰세요.',
  designerLinkHeading: '다른 조건으로 다시 만들기',
  designerLinkBody:
    '학교급, 학년, 차시 수와 길이, 활동을 바꾼 설계서는 수업 설계 도우미에서 바로 만들 수 있어요. 단원명과 학습목표를 고치고 빈칸을 채워 인쇄하거나 내려받아요.',
  designerLink: (title: string) => `수업 설계 도우미에서 "${title}" 고쳐 만들기`,
  designerIndexLink: '수업 설계 도우미로 새 설계서 만들기',
} as const;

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
