import { workAreas, type EducationLevel, type Job, type WorkArea } from '../../schemas/job.ts';

/** A job page as the content layer hands it over: its slug and validated frontmatter. */
export interface JobEntry {
  id: string;
  data: Job;
}

/** A 한국직업사전 figure with the year its record was surveyed. */
export interface Surveyed<T> {
  value: T;
  surveyYear: number | null;
}

/** One row of the jobs comparison table. null cells are facts the sources do not give. */
export interface ComparisonRow {
  slug: string;
  title: string;
  workArea: WorkArea;
  /**
   * 정규교육 of each dictionary entry the page covers, in the page's order, repeats dropped: CS 강사
   * is 대졸 (고객서비스교육담당원) and 전문대졸 (매너강사), and the table shows both, not the lower one.
   * Each with the year its record was surveyed.
   */
  education: Surveyed<EducationLevel>[];
  /** 숙련기간 of each dictionary entry, in the page's order (CS 강사 has two), with its survey year. */
  skillPeriods: Surveyed<string>[];
  /** The first certificate listed on the page, which authors put first because it matters most. */
  mainCertificate: string | null;
}

export function byOrder<T extends JobEntry>(jobs: readonly T[]): T[] {
  return [...jobs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

function distinct<T>(figures: readonly Surveyed<T | null>[]): Surveyed<T>[] {
  const out: Surveyed<T>[] = [];
  for (const f of figures) {
    if (f.value === null || out.some((o) => o.value === f.value && o.surveyYear === f.surveyYear)) continue;
    out.push({ value: f.value, surveyYear: f.surveyYear });
  }
  return out;
}

export function comparisonRow(job: JobEntry): ComparisonRow {
  const d = job.data;
  const entries = [{ education: d.education, skillPeriod: d.skillPeriod, surveyYear: d.surveyYear }, ...d.alsoListed];
  return {
    slug: job.id,
    title: d.title,
    workArea: d.workArea,
    education: distinct(entries.map((e) => ({ value: e.education, surveyYear: e.surveyYear }))),
    skillPeriods: entries.flatMap((e) => (e.skillPeriod === null ? [] : [{ value: e.skillPeriod, surveyYear: e.surveyYear }])),
    mainCertificate: d.certificates[0] ?? null,
  };
}

/** Rows grouped by work area (in the site's order of the three kinds), jobs in page order inside each. */
export function comparisonTable(jobs: readonly JobEntry[]): ComparisonRow[] {
  return groupByWorkArea(jobs).flatMap((g) => g.jobs.map(comparisonRow));
}

export interface WorkAreaGroup {
  workArea: WorkArea;
  jobs: JobEntry[];
}

/** The three work areas in order, each with its jobs; an area without jobs is kept so gaps show. */
export function groupByWorkArea(jobs: readonly JobEntry[]): WorkAreaGroup[] {
  const ordered = byOrder(jobs);
  return workAreas.map((workArea) => ({ workArea, jobs: ordered.filter((j) => j.data.workArea === workArea) }));
}
