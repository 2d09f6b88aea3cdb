/**
 * Checks that every name one content file uses for another exists: the NCS units, related jobs and
 * certificates of a job page, the jobs of a career path and of a self-check statement. This is the
 * one place these references are checked; no list of slugs or codes is kept in code.
 */
import { pathToField } from '../model/lesson/errors.ts';
import { DataError } from '../model/ncs/errors.ts';
import type { SiteModel } from '../model/site.ts';
import { lineAt, type YamlFile } from './yaml.ts';
import { withParticle } from '../lib/korean-particles.ts';

export interface Located {
  /** The YAML each page or file was read from, by file path, for line numbers. */
  yamlOf: (file: string) => YamlFile | undefined;
  selfCheckFile: string;
  certificatesFile: string;
}

export function crossReferenceErrors(site: Omit<SiteModel, 'lessons'>, { yamlOf, selfCheckFile, certificatesFile }: Located): DataError[] {
  const errors: DataError[] = [];
  const jobs = new Set(site.jobs.map((j) => j.id));
  const certificates = new Set(site.certificates.map((c) => c.name));
  // `recordDepth` leading path keys select the record (a statement in a YAML list); the rest name the field.
  const fail = (file: string, record: string, path: PropertyKey[], problem: string, recordDepth = 0) => {
    const y = yamlOf(file);
    errors.push(new DataError({ file, record, field: pathToField(path.slice(recordDepth)), line: y ? lineAt(y, path) : null, problem }));
  };
  const checkJob = (file: string, record: string, path: PropertyKey[], slug: string, recordDepth = 0) => {
    if (!jobs.has(slug)) fail(file, record, path, `직업 "${slug}"의 페이지(content/jobs/${slug}.mdx)가 없어요`, recordDepth);
  };

  for (const job of site.jobs) {
    job.data.ncsUnits.forEach((code, i) => {
      const unit = site.ncs.units.get(code);
      if (!unit || unit.retired)
        fail(job.file, job.id, ['ncsUnits', i], `능력단위 ${withParticle(code, '이')} NCS 자료(content/ncs/units)에 없어요`);
    });
    job.data.relatedJobs.forEach((slug, i) => checkJob(job.file, job.id, ['relatedJobs', i], slug));
    job.data.certificates.forEach((name, i) => {
      if (!certificates.has(name)) fail(job.file, job.id, ['certificates', i], `자격 "${name}"이 content/certificates.yaml에 없어요`);
    });
  }
  for (const path of site.paths) {
    path.data.steps.forEach((step, i) => {
      step.jobs.forEach((slug, j) => checkJob(path.file, path.id, ['steps', i, 'jobs', j], slug));
      step.choices?.forEach((c, j) => c.job && checkJob(path.file, path.id, ['steps', i, 'choices', j, 'job'], c.job));
    });
  }
  site.certificates.forEach((c, i) => {
    if (c.source !== null && !site.sources.has(c.source))
      fail(certificatesFile, c.name, ['certificates', i, 'source'], `출처 "${c.source}"가 출처 목록(content/sources.yaml)에 없어요`, 2);
  });
  site.selfCheck.forEach((s, i) => s.jobs.forEach((slug, j) => checkJob(selfCheckFile, s.id, [i, 'jobs', j], slug, 1)));
  return errors;
}
