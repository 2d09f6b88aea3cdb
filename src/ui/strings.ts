import { routes } from '../model/routes.ts';

/**
 * Every Korean UI string of the site shell, in one place. Page content lives in content/.
 */
export const ui = {
  siteName: 'CS 진로 길잡이',
  siteTagline: '고객서비스(CS) 직업을 알아보고, 진로 수업을 설계하는 곳',
  skipToContent: '본문으로 건너뛰기',
  mainNavLabel: '주 메뉴',
  breadcrumbLabel: '현재 위치',
  home: '처음',
  tocTitle: '이 페이지의 차례',
  pagerLabel: '이전 페이지와 다음 페이지',
  previous: '이전',
  next: '다음',
  footerNote:
    '이 사이트의 모든 수치에는 출처와, 출처가 밝힌 기준 연도를 함께 적었어요. 출처가 연도를 밝히지 않았으면 "기준 연도 안 밝힘"이라고 적었어요. 공식 자료가 없는 것은 지어내지 않고, 없다고 밝힌 다음 공식 자료를 찾을 수 있는 곳을 알려 드려요.',
  footerNav: '사이트 정보',
  theme: {
    label: '테마',
    system: '시스템',
    light: '밝게',
    dark: '어둡게',
  },
  notFound: {
    title: '페이지를 찾을 수 없어요',
    body: '주소가 바뀌었거나 잘못 입력되었을 수 있어요. 아래 메뉴에서 원하는 내용을 찾아보세요.',
    backHome: '처음 화면으로 가기',
  },
  missing: '공식 자료 없음',
} as const;

/**
 * The notice at the top of every page when the site is not where it was built to be: opened from
 * disk (file://), or served under another path than its base (built for /career/, put at /jinro/).
 * {built} and {here} are filled in by the page: '/career/' and '/jinro/'.
 */
export const addressNotice = {
  file: {
    title: '이 사이트는 웹 주소(http:// 또는 https://)로 열어야 해요.',
    body: '내려받은 파일을 바로 열면(file://) 디자인, 검색, 쪽 사이 이동이 되지 않아요. 학교 누리집 주소로 들어와 주세요.',
    admin:
      '웹 관리자라면: dist 폴더 안의 것을 웹 서버에 올리세요. 내 컴퓨터에서는 npm run preview로 볼 수 있어요 (README "웹 관리자라면").',
  },
  moved: {
    title: '이 사이트는 다른 주소에 올리도록 만들어졌어요.',
    body: '{built} 경로에 올릴 파일이 {here} 경로에서 열려 있어서 디자인, 검색, 쪽 사이 이동이 되지 않아요. 학생과 선생님은 학교 누리집 관리자에게 알려 주세요.',
    admin: '웹 관리자라면: SITE_BASE={herePath} 로 다시 빌드해 올리거나, 파일을 {built} 경로로 옮기세요 (README "주소 정하기").',
    /** When the page cannot tell where the site was put (the 404 page is shown at any address). */
    adminUnknown: '웹 관리자라면: 파일을 {built} 경로로 옮기거나, 올린 경로를 SITE_BASE에 적어 다시 빌드하세요 (README "주소 정하기").',
    /** How the base '/' is named in the sentences above. */
    top: '맨 위(/)',
    unknown: '다른',
  },
} as const;

/** The swipe hint and screen-reader name of tables that scroll sideways on phones. */
export const tableScroll = {
  hint: '표가 화면보다 넓어요. 옆으로 밀어 보거나, Tab 키로 표를 고른 뒤 ← → 키로 나머지 칸을 보세요.',
  label: (what: string) => `표: ${what}`,
  numbered: (what: string, n: number) => `${what} (${n}번째)`,
  unnamed: '표',
} as const;

/** The main sections in the header, in order. */
export const sections = [
  { id: 'jobs', label: '직업', path: routes.jobs() },
  { id: 'ncs', label: 'NCS', path: routes.ncs() },
  { id: 'paths', label: '진로 경로', path: routes.paths() },
  { id: 'lessons', label: '수업 설계', path: routes.lessons() },
] as const;

export type SectionId = (typeof sections)[number]['id'];
