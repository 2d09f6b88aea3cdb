/** Rows of the lessons index with what each row can be filtered by. Plain data, no Astro. */
import type { LessonDesign } from '../../model/lesson/types.ts';

export interface IndexRow {
  design: LessonDesign;
  jobs: string[];
  units: string[];
  levels: string[];
}

export interface FilterOption {
  value: string;
  label: string;
}

export function indexRows(designs: readonly LessonDesign[]): IndexRow[] {
  const jobsOfUnit = new Map<string, string[]>();
  for (const d of designs) {
    if (d.kind !== 'job-series') continue;
    for (const u of d.ncs.units) jobsOfUnit.set(u.code, [...(jobsOfUnit.get(u.code) ?? []), d.job!.slug]);
  }
  return designs.map((d) => {
    const units = d.ncs.units.map((u) => u.code);
    return {
      design: d,
      jobs: d.job ? [d.job.slug] : [...new Set(jobsOfUnit.get(d.unit!.code) ?? [])],
      units,
      levels: [...new Set(d.ncs.units.map((u) => (u.level === null ? 'none' : String(u.level))))],
    };
  });
}

/** Options once each: the same job or unit has a design per school level. */
function uniqueOptions(options: FilterOption[]): FilterOption[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.value) && seen.add(o.value));
}

export function filterOptions(designs: readonly LessonDesign[]) {
  const jobs = uniqueOptions(designs.filter((d) => d.job).map((d) => ({ value: d.job!.slug, label: d.job!.title })));
  const units = uniqueOptions(
    designs.filter((d) => d.unit).map((d) => ({ value: d.unit!.code, label: `${d.unit!.name} (${d.unit!.code})` })),
  );
  const levels = [...new Set(designs.flatMap((d) => d.ncs.units.map((u) => u.level)))].sort((a, b) => (a ?? 99) - (b ?? 99));
  const schools = [...new Set(designs.map((d) => d.audience.school))];
  return { jobs, units, levels, schools };
}
