/**
 * The one route table: every page address of the site, as a site path without the base (for
 * href() in src/lib/url.ts), and the reverse (site path → which page) for search. Pages,
 * components, the search indexer and the tests all take addresses from here.
 */
import { UNIT_CODE_SOURCE } from './ncs/unit-code.ts';
import type { SchoolLevel } from './lesson/option-values.ts';

export const routes = {
  home: () => '',
  /** The jobs index; `#compare` is its comparison table. */
  jobs: (anchor?: 'compare') => `jobs/${anchor ? `#${anchor}` : ''}`,
  job: (slug: string) => `jobs/${slug}/`,
  ncs: (anchor?: 'levels' | 'basic') => `ncs/${anchor ? `#${anchor}` : ''}`,
  /** A 세분류 page; `#lessons` is its list of unit lesson designs. */
  duty: (code: string, anchor?: 'lessons') => `ncs/${code}/${anchor ? `#${anchor}` : ''}`,
  unit: (code: string) => `ncs/units/${code}/`,
  lessons: () => 'lessons/',
  /** The lesson designer; `query` holds its options (src/designer/query.ts). */
  designer: (query?: string) => `lessons/design/${query ? `?${query}` : ''}`,
  lesson: (id: string) => `lessons/${id}/`,
  /** A design's data beside its page (the page and the designer make the .docx from it in the browser). */
  lessonFile: (id: string) => `lessons/${id}/${id}.json`,
  /** A design's 수업 화면: its slides, one at a time, for the classroom screen. */
  lessonSlides: (id: string) => `lessons/${id}/slides/`,
  /** The career-series design of a job (its id is job-<slug>). */
  jobLesson: (slug: string) => routes.lesson(jobLessonId(slug)),
  /** The lesson design of an NCS unit (its id is unit-<code>). */
  unitLesson: (code: string) => routes.lesson(unitLessonId(code)),
  paths: () => 'paths/',
  path: (slug: string) => `paths/${slug}/`,
  guides: () => 'guides/',
  guide: (slug: string, anchor?: string) => `guides/${slug}/${anchor ? `#${anchor}` : ''}`,
  search: () => 'search/',
  searchAll: () => 'search/all/',
  selfCheck: () => 'self-check/',
  /** Students' questions: the FAQ and the guides they ask about (감정노동, 자격증, 취업 준비). */
  questions: () => 'questions/',
  /** Teachers' door: lesson designs and the NCS pages. */
  teachers: () => 'teachers/',
} as const;

/** Middle-school ids are job-<slug> and unit-<code>; the high-school design of the same job or unit adds -high. */
const schoolSuffix = (school: SchoolLevel) => (school === 'high' ? '-high' : '');
export const jobLessonId = (slug: string, school: SchoolLevel = 'middle') => `job-${slug}${schoolSuffix(school)}`;
export const unitLessonId = (code: string, school: SchoolLevel = 'middle') => `unit-${code}${schoolSuffix(school)}`;

/** What a site path is. `param` is the slug, code or id in the address. */
export type Route =
  | {
      kind:
        | 'home'
        | 'jobs'
        | 'ncs'
        | 'lessons'
        | 'designer'
        | 'paths'
        | 'guides'
        | 'search'
        | 'search-all'
        | 'self-check'
        | 'questions'
        | 'teachers'
        | 'not-found';
    }
  | { kind: 'job' | 'path' | 'guide'; param: string }
  | { kind: 'duty' | 'unit'; param: string }
  | { kind: 'job-lesson' | 'unit-lesson'; param: string; id: string }
  | { kind: 'lesson-file' | 'lesson-slides'; param: string };

// Compiled on first use: modules the browser loads for other names stay free of this work.
let reverse: [RegExp, (m: RegExpExecArray) => Route][] | undefined;

function reverseTable(): [RegExp, (m: RegExpExecArray) => Route][] {
  const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
  const dutyCode = String.raw`\d{8}`;
  const unitCode = UNIT_CODE_SOURCE.replace(/[()]/g, '');
  return (reverse ??= [
    [/^$/, () => ({ kind: 'home' })],
    [/^404(?:\.html|\/)?$/, () => ({ kind: 'not-found' })],
    [/^jobs\/$/, () => ({ kind: 'jobs' })],
    [new RegExp(`^jobs/(${slug})/$`), (m) => ({ kind: 'job', param: m[1]! })],
    [/^ncs\/$/, () => ({ kind: 'ncs' })],
    [new RegExp(`^ncs/(${dutyCode})/$`), (m) => ({ kind: 'duty', param: m[1]! })],
    [new RegExp(`^ncs/units/(${unitCode})/$`), (m) => ({ kind: 'unit', param: m[1]! })],
    [/^lessons\/$/, () => ({ kind: 'lessons' })],
    [/^lessons\/design\/$/, () => ({ kind: 'designer' })],
    // A lazy slug leaves a trailing -high to the school level.
    [
      new RegExp(`^lessons/job-(${slug}?)(-high)?/$`),
      (m) => ({ kind: 'job-lesson', param: m[1]!, id: jobLessonId(m[1]!, m[2] ? 'high' : 'middle') }),
    ],
    [
      new RegExp(`^lessons/unit-(${unitCode})(-high)?/$`),
      (m) => ({ kind: 'unit-lesson', param: m[1]!, id: unitLessonId(m[1]!, m[2] ? 'high' : 'middle') }),
    ],
    [/^lessons\/([^/]+)\/\1\.json$/, (m) => ({ kind: 'lesson-file', param: m[1]! })],
    [/^lessons\/([^/]+)\/slides\/$/, (m) => ({ kind: 'lesson-slides', param: m[1]! })],
    [/^paths\/$/, () => ({ kind: 'paths' })],
    [new RegExp(`^paths/(${slug})/$`), (m) => ({ kind: 'path', param: m[1]! })],
    [/^guides\/$/, () => ({ kind: 'guides' })],
    [new RegExp(`^guides/(${slug})/$`), (m) => ({ kind: 'guide', param: m[1]! })],
    [/^search\/$/, () => ({ kind: 'search' })],
    [/^search\/all\/$/, () => ({ kind: 'search-all' })],
    [/^self-check\/$/, () => ({ kind: 'self-check' })],
    [/^questions\/$/, () => ({ kind: 'questions' })],
    [/^teachers\/$/, () => ({ kind: 'teachers' })],
  ]);
}

/** The route of a site path without the base ('/jobs/cs-manager/' or 'jobs/cs-manager/'); null when no page has that address. */
export function routeOf(path: string): Route | null {
  const clean = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  for (const [pattern, make] of reverseTable()) {
    const m = pattern.exec(clean);
    if (m) return make(m);
  }
  return null;
}
