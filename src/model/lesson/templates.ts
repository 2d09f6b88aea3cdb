/** The teacher-editable lesson files (content/lessons/) and curriculum standards, as the loader hands them over. */
import type { CurriculumFile, JobSeriesTemplate, LessonDefaults, UnitLessonTemplate } from './template-schema.ts';

export interface CurriculumEntry {
  file: string;
  curriculum: CurriculumFile['curricula'][number];
  sources: CurriculumFile['sources'];
}

export interface LessonTemplates {
  defaults: LessonDefaults;
  defaultsFile: string;
  jobSeries: JobSeriesTemplate;
  jobSeriesFile: string;
  unitLesson: UnitLessonTemplate;
  unitLessonFile: string;
  curricula: CurriculumEntry[];
}
