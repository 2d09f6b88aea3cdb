/** The teacher-editable lesson files (content/lessons/) and curriculum standards, as the loader hands them over. */
import type { CurriculumFile, JobSeriesTemplate, LessonDefaults, UnitLessonTemplate } from './template-schema.ts';
import type { SchoolLevel } from './option-values.ts';
import type { SourceRef } from './types.ts';

export interface CurriculumEntry {
  file: string;
  curriculum: CurriculumFile;
  /** The curriculum's sources, resolved from the registry. */
  sources: SourceRef[];
}

type BySchool<T> = Record<SchoolLevel, T>;

export interface LessonTemplates {
  defaults: LessonDefaults;
  defaultsFile: string;
  /** Each school level has its own lesson: its standards, times and activities for its students. */
  jobSeries: BySchool<JobSeriesTemplate>;
  jobSeriesFile: BySchool<string>;
  unitLesson: BySchool<UnitLessonTemplate>;
  unitLessonFile: BySchool<string>;
  curricula: CurriculumEntry[];
}
