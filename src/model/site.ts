/**
 * The whole site's content as one typed value: what src/site-content/load-site.ts reads from
 * content/ and every renderer (pages, lesson builder, search facets, lesson files, the generator)
 * works from. Plain data, so it can be built in Node and used anywhere.
 */
import type { CareerPath } from '../schemas/career-path.ts';
import type { Certificate } from '../schemas/certificate.ts';
import type { Guide } from '../schemas/guide.ts';
import type { Job } from '../schemas/job.ts';
import type { SelfCheckStatement } from '../schemas/self-check.ts';
import type { LessonTemplates } from './lesson/templates.ts';
import type { NcsCatalog } from './ncs/types.ts';
import type { SourceRegistry } from './sources/registry.ts';

/** One MDX page of content/: its slug (file name), where it came from, and its checked frontmatter. */
export interface ContentPage<T> {
  /** The slug, named `id` as Astro's content entries name it, so model functions take either. */
  id: string;
  /** Path of the .mdx file, for error messages. */
  file: string;
  data: T;
  /** Text of the body's level-2 headings, in order. */
  headings: string[];
  /** The MDX body as written (what the lesson designs' student reading is taken from). */
  body: string;
}

export type JobPage = ContentPage<Job>;
export type GuidePage = ContentPage<Guide>;
export type PathPage = ContentPage<CareerPath>;

export interface SiteModel {
  /** The content folder it was read from. */
  root: string;
  /** Every source the content cites, by id (content/sources.yaml and content/ncs/sources.yaml). */
  sources: SourceRegistry;
  ncs: NcsCatalog;
  /** In the site's order (frontmatter `order`, then slug). */
  jobs: JobPage[];
  guides: GuidePage[];
  paths: PathPage[];
  selfCheck: SelfCheckStatement[];
  certificates: Certificate[];
  lessons: LessonTemplates;
}

export function jobBySlug(site: SiteModel, slug: string): JobPage | undefined {
  return site.jobs.find((j) => j.id === slug);
}

export function certificateByName(site: SiteModel, name: string): Certificate | undefined {
  return site.certificates.find((c) => c.name === name);
}
