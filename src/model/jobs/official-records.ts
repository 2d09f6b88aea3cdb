import type { Job, RecordRef } from '../../schemas/job.ts';
import { certificateByName, type SiteModel } from '../site.ts';

/**
 * Where the official data about a job lives, and what the job page can say about it. The site
 * only links to these portals (nothing is loaded from them). Addresses were checked against
 * public references (2026-11): deep links to one job are not stable on these sites, so the
 * links go to each portal's search page or front page and the page says what to type.
 */
export const OFFICIAL_PORTALS = {
  /** 커리어넷 직업백과 (한국직업능력연구원): the job list with its search box. */
  careerNet: 'https://www.career.go.kr/cloud/w/job/list',
  /** 고용24, which took over 워크넷 in 2024 and holds 직업정보 and 한국직업사전. */
  work24: 'https://www.work24.go.kr/',
  /** Q-Net (한국산업인력공단): national technical certificates. */
  qNet: 'https://www.q-net.or.kr/',
  /** NCS 누리집: "NCS 및 학습모듈 검색". */
  ncs: 'https://www.ncs.go.kr/unity/th03/ncsSearchMain.do',
} as const;

/** 커리어넷's site-wide search with the words already typed in (the address its own search box opens). */
export function careerNetSearchUrl(term: string): string {
  return `https://www.career.go.kr/cloud/w/search/intro?text=${encodeURIComponent(term)}`;
}

/** 고용24's site-wide search with the name already typed in. */
export function work24SearchUrl(term: string): string {
  return `https://www.work24.go.kr/cm/f/c/0100/selectUnifySearch.do?topQuerySearchArea=all&topQueryData=${encodeURIComponent(term)}`;
}

/** What the plan needs to know beyond the job's own frontmatter. */
export interface RecordLookups {
  certificateIssuer(name: string): string | null | undefined;
  /** Name of a 세분류 by its 8-digit code; null when only the code is known. */
  dutyName(code: string): string | null;
}

export function siteRecordLookups(site: SiteModel): RecordLookups {
  return {
    certificateIssuer: (name) => certificateByName(site, name)?.issuer,
    dutyName: (code) => site.ncs.nodes.get(code)?.name ?? null,
  };
}

export interface DictionaryRecord extends RecordRef {
  education: Job['education'];
  skillPeriod: string | null;
  /** The year the record was surveyed: the year its 정규교육 and 숙련기간 describe. */
  surveyYear: number | null;
}

export interface OfficialRecordPlan {
  /** The dictionary records of this job itself (empty when the dictionary does not list it). */
  own: DictionaryRecord[];
  /** For a job without its own record: the records that cover the nearest job. */
  nearest: RecordRef[];
  /** The name to type into the portals' search boxes. */
  searchName: string;
  keco: string | null;
  ksco: string | null;
  /** Certificates of the job that Q-Net runs (national technical certificates). */
  qNetCertificates: string[];
  /** NCS 세분류 (8-digit code and name) of the job's units, in first-seen order. */
  ncsDuties: { code: string; name: string | null }[];
}

export function officialRecordPlan(job: Job, lookups: RecordLookups): OfficialRecordPlan {
  const own: DictionaryRecord[] = [];
  if (job.officialName && job.dictionaryCode) {
    own.push({
      name: job.officialName,
      code: job.dictionaryCode,
      education: job.education,
      skillPeriod: job.skillPeriod,
      surveyYear: job.surveyYear,
    });
  }
  for (const e of job.alsoListed)
    own.push({ name: e.name, code: e.code, education: e.education, skillPeriod: e.skillPeriod, surveyYear: e.surveyYear });
  const nearest = own.length > 0 ? [] : job.nearestRecords;
  const searchName = own[0]?.name ?? nearest[0]?.name ?? job.title;
  return {
    own,
    nearest,
    searchName,
    keco: job.keco,
    ksco: job.ksco,
    qNetCertificates: job.certificates.filter((name) => lookups.certificateIssuer(name) === '한국산업인력공단'),
    ncsDuties: [...new Set(job.ncsUnits.map((code) => code.slice(0, 8)))].map((code) => ({ code, name: lookups.dutyName(code) })),
  };
}

/**
 * Every 한국직업사전 record the job pages cite, with the year it was surveyed, each once: what the
 * content check needs to see that a figure is shown with its record's year.
 */
export function surveyedRecords(jobs: readonly Job[]): { name: string; year: number }[] {
  const out = new Map<string, number>();
  for (const job of jobs) {
    if (job.officialName && job.surveyYear !== null) out.set(job.officialName, job.surveyYear);
    for (const e of job.alsoListed) out.set(e.name, e.surveyYear);
  }
  return [...out].map(([name, year]) => ({ name, year }));
}
