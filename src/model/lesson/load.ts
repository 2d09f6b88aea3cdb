/** Reads everything a lesson design is built from, out of one content folder. */
import { join } from 'node:path';
import { loadNcsCatalog } from '../ncs/index.ts';
import type { LessonInputs } from './build.ts';
import { basicCompetenceInputs, unitInputs } from './from-ncs.ts';
import { readJobs } from './load-jobs.ts';
import { readLessonTemplates } from './load-templates.ts';
import { loadSourceRegistry } from '../sources/load.ts';

export function loadLessonInputs(contentRoot: string): LessonInputs {
  const catalog = loadNcsCatalog(join(contentRoot, 'ncs'));
  const templates = readLessonTemplates(contentRoot, basicCompetenceInputs(catalog));
  return { templates, jobs: readJobs(join(contentRoot, 'jobs'), loadSourceRegistry(contentRoot)), units: unitInputs(catalog) };
}
