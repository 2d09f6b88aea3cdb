import { workAreas, type EducationLevel, type Job, type WorkArea } from '../../schemas/job.ts';

/** A job page as the content layer hands it over: its slug and validated frontmatter. */
export interface JobEntry {
  id: string;
  data: Job;
}

/** One row of the jobs comparison table. null cells are facts the sources do not give. */
export interface ComparisonRow {
  slug: string;
  title: string;
  workArea: WorkArea;
  /**
   * 정규교육 of each dictionary entry the page covers, in the page's order, repeats dropped: CS 강사
   * is 대졸 (고객서비스교육담당원) and 전문대졸 (매너강사), and the table shows both, not the lower one.
   */
  education: EducationLevel[];
  /** 숙련기간 of each dictionary entry, in the page's order (CS 강사 has two). */
  skillPeriods: string[];
  /** The first certificate listed on the page, which authors put first because it matters most. */
  mainCertificate: string | null;
}

export function byOrder<T extends JobEntry>(jobs: readonly T[]): T[] {
  return [...jobs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

function distinctEducation(levels: readonly (EducationLevel | null)[]): EducationLevel[] {
  return [...new Set(levels.filter((l): l is EducationLevel => l !== null))];
}

export function comparisonRow(job: JobEntry): ComparisonRow {
  const d = job.data;
  const entries = [{ education: d.education, skillPeriod: d.skillPeriod }, ...d.alsoListed];
  return {
    slug: job.id,
    title: d.title,
    workArea: d.workArea,
    education: distinctEducation(entries.map((e) => e.education)),
    skillPeriods: entries.map((e) => e.skillPeriod).filter((p): p is string => p !== null),
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
