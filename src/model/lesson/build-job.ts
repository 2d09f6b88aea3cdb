/**
 * The career-exploration series for one job: 직업 현장 탐방 → 직업 이해 → NCS로 본 직무 → 활동
 * (role-play or self-check) → 정리와 평가, spread over the chosen number of periods.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { lessonId, listOr, seriesLength, uniqueSources, worksheetSection } from './build-common.ts';
import { buildDesign, placedLayout } from './build-design.ts';
import { timingOf } from './build-periods.ts';
import { ncsLink } from './build-ncs-link.ts';
import { fillLine, type Vars } from './fill.ts';
import { withParticle } from '../../lib/korean-particles.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { LessonDesign } from './types.ts';
import { jobSitePages } from './site-pages.ts';
import { citeSource } from '../sources/cite.ts';

export function buildJobSeries(
  job: JobInput,
  units: readonly UnitInput[],
  allJobs: readonly JobInput[],
  templates: LessonTemplates,
  options: LessonOptions,
): LessonDesign {
  const t = templates.jobSeries[options.school];
  const file = templates.jobSeriesFile[options.school];
  const record = lessonId('job', job.slug, options.school);
  const activity = t.activities[options.activity];
  const activityPath = `activities.${options.activity}`;
  const firstPath = units[0]?.classification ?? [];

  const filledVars: Vars = {
    // In sentences the short name reads better: "CS 매니저 (고객관리 매니저)" → "CS 매니저".
    job: shortName(job.title),
    jobTitle: job.title,
    jobSummary: job.summary,
    officialName: job.officialName ?? { missing: w.noDictionaryRecord },
    // Every record the page covers: "호텔현관사무원(K000001683)과 호텔프런트사무원(K000006870)".
    officialNames:
      job.dictionaryRecords.length > 0
        ? w.andList(job.dictionaryRecords.map((r) => `${r.name}(${r.code})`))
        : { missing: w.noDictionaryRecord },
    ncsPath: firstPath.length > 0 ? firstPath.join(' › ') : { missing: w.missingJobPath },
    units: listOr(
      units.map((u) => (u.level === null ? u.name : w.unitWithLevel(u.name, u.level))),
      w.missingJobUnits,
    ),
    topics: listOr(job.topics, w.missingTopics),
    relatedJobs: listOr(
      job.relatedJobs.map((slug) => shortName(allJobs.find((j) => j.slug === slug)?.title ?? slug)),
      w.missingRelatedJobs,
    ),
    certificates: listOr(job.certificates, w.missingCertificates),
    seriesLength: seriesLength(options.periods),
    activity: activity.title,
    activityGoal: activity.goal,
    // Names the one unit whose KSA a seed describes, so the KSA activity can compare with it.
    ksaUnit: listOr(
      units.filter((u) => u.knowledge.length + u.skills.length + u.attitudes.length > 0).map((u) => u.name),
      w.missingKsa,
    ),
    ksaExamples: listOr(
      units.filter((u) => u.knowledge.length + u.skills.length + u.attitudes.length > 0).map(w.ksaExamples),
      w.missingKsa,
    ),
    elements: listOr(
      units.flatMap((u) => u.elements.map((e) => e.name)),
      w.missingElements,
    ),
  };

  const pages = jobSitePages({ slug: job.slug, name: shortName(job.title) }, units);
  const layout = placedLayout(t.layouts, options.periods, (id) =>
    id === 'activity' ? { id, path: activityPath, block: activity } : { id, path: `blocks.${id}`, block: t.blocks[id]! },
  );
  const at = (field: string) => ({ file, record, field });
  const gaps: string[] = [];
  if (job.officialName === null) gaps.push(w.gapNoDictionaryRecord(withParticle(filledVars['job'] as string, '은')));
  if (units.length === 0) gaps.push(w.gapNoUnits);
  if (units.some((u) => u.elements.length === 0)) gaps.push(w.gapUnitElements);

  return buildDesign(
    {
      kind: 'job-series',
      id: record,
      template: t,
      file,
      vars: filledVars,
      pages,
      standards: [],
      reading: {
        sections: job.reading,
        source: w.readingSource(
          shortName(job.title),
          job.reading.filter((s) => s.depth === 2).map((s) => s.heading),
          job.sources.map((s) => citeSource(s)),
        ),
        page: pages('job')[0]!,
      },
      layout,
      job: { slug: job.slug, title: job.title },
      unit: null,
      vocational: null,
      rubric: activity.rubric.map((r, i) => ({
        ...r,
        criterion: fillLine(r.criterion, filledVars, at(`${activityPath}.rubric[${i}].criterion`)),
      })),
      assessment: [
        {
          method: activity.assessment.method,
          criteria: fillLine(activity.assessment.criteria, filledVars, at(`${activityPath}.assessment.criteria`)),
          timing: timingOf(layout, 'activity'),
        },
      ],
      worksheetSection: (b) =>
        b.id === 'activity'
          ? worksheetSection(activity.worksheet, filledVars, file, record, `${activityPath}.worksheet`)
          : t.worksheet.sections[b.id]
            ? worksheetSection(t.worksheet.sections[b.id]!, filledVars, file, record, `worksheet.sections.${b.id}`)
            : null,
      sectionPrefix: null,
      ncs: {
        units: units.map((u) => ncsLink(u, false)),
        basicCompetences: activity.basicCompetences.map((c) => ({ name: c.name, subs: [...c.subs], why: c.why })),
        note: w.jobNcsNote,
      },
      gaps,
      sources: (curriculumSources) => uniqueSources([job.sources, ...units.map((u) => u.sources), curriculumSources]),
    },
    templates,
    options,
  );
}

/** In sentences the short name reads better: "CS 매니저 (고객관리 매니저)" → "CS 매니저". */
export function shortName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '') || title;
}
