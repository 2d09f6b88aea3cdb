/**
 * `loadSite(contentRoot)`: reads content/ once, through the zod schemas, with one YAML reader and one
 * frontmatter reader; checks every reference between files; returns the one typed site model that
 * the pages, the lesson builder, the search indexer, the lesson file writer, `npm run generate` and
 * the content check all use. Bad content throws a DataError naming file, line, record and field.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { basicCompetenceInputs } from '../model/lesson/from-ncs.ts';
import { DataError } from '../model/ncs/errors.ts';
import type { SiteModel } from '../model/site.ts';
import { careerPathSchema } from '../schemas/career-path.ts';
import { certificatesFileSchema } from '../schemas/certificate.ts';
import { guideSchema } from '../schemas/guide.ts';
import { jobSchema } from '../schemas/job.ts';
import { selfCheckStatementSchema } from '../schemas/self-check.ts';
import { crossReferenceErrors } from './cross-references.ts';
import { readLessonTemplates } from './lesson-templates.ts';
import { loadNcsCatalog } from './ncs.ts';
import { loadSourceRegistry } from './sources.ts';
import { readPages } from './pages.ts';
import { checkWith } from './yaml-checked.ts';
import { readYaml, type YamlFile } from './yaml.ts';

/** Where each part of the site lives under the content root. */
export const CONTENT_FILES = {
  ncs: 'ncs',
  jobs: 'jobs',
  guides: 'guides',
  paths: 'paths',
  selfCheck: 'self-check/statements.yaml',
  certificates: 'certificates.yaml',
} as const;

export function loadSite(contentRoot: string): SiteModel {
  const at = (name: string) => join(contentRoot, name);
  const sources = loadSourceRegistry(contentRoot);
  const ncs = loadNcsCatalog(at(CONTENT_FILES.ncs));
  const jobs = readPages(at(CONTENT_FILES.jobs), jobSchema);
  const guides = readPages(at(CONTENT_FILES.guides), guideSchema);
  const paths = readPages(at(CONTENT_FILES.paths), careerPathSchema);

  const selfCheckYaml = readYaml(at(CONTENT_FILES.selfCheck));
  const selfCheck = checkWith(z.array(selfCheckStatementSchema), selfCheckYaml, (path) => {
    const item = typeof path[0] === 'number' ? (selfCheckYaml.data as { id?: unknown }[] | null)?.[path[0]] : undefined;
    return typeof item?.id === 'string' ? item.id : path.length ? String(path[0]) : null;
  }).sort((a, b) => a.order - b.order);

  const certificatesYaml = readYaml(at(CONTENT_FILES.certificates));
  const { certificates } = checkWith(certificatesFileSchema, certificatesYaml, (path) => (path.length > 1 ? String(path[1]) : null));

  const site = {
    root: contentRoot,
    sources,
    ncs,
    jobs: jobs.map((r) => r.page),
    guides: guides.map((r) => r.page),
    paths: paths.map((r) => r.page),
    selfCheck,
    certificates,
  };
  const yamlByFile = new Map<string, YamlFile>([...jobs, ...guides, ...paths].map((r) => [r.page.file, r.frontmatter]));
  yamlByFile.set(selfCheckYaml.file, selfCheckYaml);
  yamlByFile.set(certificatesYaml.file, certificatesYaml);
  const errors = crossReferenceErrors(site, {
    yamlOf: (file) => yamlByFile.get(file),
    selfCheckFile: selfCheckYaml.file,
    certificatesFile: certificatesYaml.file,
  });
  if (errors.length) throw DataError.combine(errors);

  return { ...site, lessons: readLessonTemplates(contentRoot, basicCompetenceInputs(ncs), sources) };
}
