import type { CareerPath, JobSlug } from '../../schemas/career-path.ts';

/** A career path page as the content layer hands it over: its slug and validated frontmatter. */
export interface PathEntry {
  id: string;
  data: CareerPath;
}

/** A career path a job appears in, with the 1-based step where it first appears. */
export interface JobInPath {
  id: string;
  title: string;
  step: number;
}

/** The paths that name `job` in a step (or in a final step's choices), in the paths' page order. */
export function pathsWithJob(paths: readonly PathEntry[], job: JobSlug): JobInPath[] {
  return [...paths]
    .sort((a, b) => a.data.order - b.data.order)
    .flatMap((p) => {
      const i = p.data.steps.findIndex((s) => s.jobs.includes(job) || s.choices?.some((c) => c.job === job));
      return i === -1 ? [] : [{ id: p.id, title: p.data.title, step: i + 1 }];
    });
}
