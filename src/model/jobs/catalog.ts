/**
 * Fixed vocabularies of the job pages, checked against ../shared/research/facts.md (2026-11).
 * The schemas validate frontmatter against these lists, so a typo in a slug, a certificate or an
 * NCS code fails the build instead of producing a dead link.
 */

/** Every job page, in the route map's spelling (content/jobs/<slug>.mdx → /jobs/<slug>/). */
export const jobSlugs = [
  'cs-manager',
  'cs-instructor',
  'contact-center-agent',
  'telemarketer',
  'call-center-manager',
  'customer-service-manager',
  'cx-leader',
  'flight-attendant',
  'hotel-front-desk',
] as const;
export type JobSlug = (typeof jobSlugs)[number];

/** The three kinds of CS work (seed 002), in the order the site shows them. */
export const workAreas = ['서비스 기획·운영', '고객만족·VOC', '고객접점 서비스'] as const;
export type WorkArea = (typeof workAreas)[number];

/** 정규교육 levels as the 한국직업사전 states them, lowest first. */
export const educationLevels = ['고졸', '전문대졸', '대졸'] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** Certificates verified in facts.md §3, with issuer and legal status. */
export const certificates = [
  { name: '텔레마케팅관리사', issuer: '한국산업인력공단', status: '국가기술자격' },
  { name: '소비자전문상담사', issuer: '한국산업인력공단', status: '국가기술자격' },
  { name: 'CS Leaders(관리사)', issuer: '(사)한국정보평가협회', status: '국가공인 민간자격' },
  { name: 'SMAT 서비스경영자격', issuer: '한국생산성본부', status: '국가공인 민간자격' },
  { name: 'CCXP', issuer: 'CXPA', status: '국제 민간자격' },
  { name: 'ITIL 4 Foundation', issuer: 'PeopleCert (AXELOS)', status: '국제 민간자격' },
  { name: '호텔서비스사', issuer: null, status: null },
] as const;
export type CertificateName = (typeof certificates)[number]['name'];
export const certificateNames = certificates.map((c) => c.name) as [CertificateName, ...CertificateName[]];

/**
 * NCS units verified in the official API data pulled 2026-09-30 (facts.md §1). Only these codes may
 * appear on a job page: an unverified code would send students to a unit that does not exist.
 */
export const verifiedNcsUnits = [
  { code: '0201030201_21v3', name: '고객관리 계획 수립', level: 5 },
  { code: '0201030206_21v3', name: '고객 필요정보 제공', level: 3 },
  { code: '0201030207_21v3', name: '고객관리 성과 평가', level: 5 },
  { code: '0201030208_14v2', name: '비정형 데이터 관리', level: 6 },
  { code: '0201030209_15v3', name: '고객분석과 데이터 관리', level: 4 },
  { code: '0201030210_21v4', name: '고객 관계 관리', level: 4 },
  { code: '0201030211_21v4', name: '고객데이터 분석', level: 5 },
  { code: '0201030406_21v2', name: '고객관리', level: 3 },
] as const;
export type NcsUnitCode = (typeof verifiedNcsUnits)[number]['code'];
export const ncsUnitCodes = verifiedNcsUnits.map((u) => u.code) as [NcsUnitCode, ...NcsUnitCode[]];

export function ncsUnit(code: string) {
  return verifiedNcsUnits.find((u) => u.code === code);
}

export function certificate(name: string) {
  return certificates.find((c) => c.name === name);
}
