/**
 * The career-exploration series for one job: 직업 현장 탐방 → 직업 이해 → NCS로 본 직무 → 활동
 * (role-play or self-check) → 정리와 평가, spread over the chosen number of periods.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { audienceOf, listOr, standardsOf, uniqueSources } from './build-common.ts';
import { buildPeriods, designGoals, timingOf, type PlacedBlock } from './build-periods.ts';
import { ncsLink } from './build-ncs-link.ts';
import { fillLine, fillText, type Vars } from './fill.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './load-templates.ts';
import type { LessonDesign, RubricRow, WorksheetSection } from './types.ts';

export function buildJobSeries(job: JobInput, units: readonly UnitInput[], allJobs: readonly JobInput[], templates: LessonTemplates, options: LessonOptions): LessonDesign {
  const t = templates.jobSeries;
  const file = templates.jobSeriesFile;
  const record = `job-${job.slug}`;
  const activity = t.activities[options.activity];
  const activityPath = `activities.${options.activity}`;
  const firstPath = units[0]?.classification ?? [];

  const filledVars: Vars = {
    job: job.title,
    jobSummary: job.summary,
    officialName: job.officialName ?? { missing: '직업사전 이름: 공식 자료 없음, 직업 페이지에서 확인해요' },
    ncsPath: firstPath.length > 0 ? firstPath.join(' › ') : { missing: '이 직업과 이어진 NCS 분류가 아직 없어요' },
    units: listOr(units.map((u) => (u.level === null ? u.name : `${u.name}(수준 ${u.level})`)), '이 직업과 이어진 NCS 능력단위가 아직 없어요'),
    topics: listOr(job.topics, '직업 페이지에서 찾을 항목을 정해 적어요'),
    relatedJobs: listOr(job.relatedJobs.map((slug) => allJobs.find((j) => j.slug === slug)?.title ?? slug), '이어지는 직업을 골라 적어요'),
    certificates: listOr(job.certificates, '관련 자격이 아직 정리되지 않았어요'),
  };

  const layoutRecord = `layouts.${options.periods}`;
  const layout: PlacedBlock[][] = t.layouts[String(options.periods) as '1' | '2' | '3' | '4'].map((ids) =>
    ids.map((id) => (id === 'activity' ? { id, path: activityPath, block: activity } : { id, path: `blocks.${id}`, block: t.blocks[id]! })),
  );

  const periodPlans = buildPeriods({
    file,
    opening: t.opening,
    closing: t.closing,
    closingLast: t.closingLast,
    layout,
    layoutRecord,
    minutes: options.minutes,
    vars: filledVars,
    record,
  });
  const at = (field: string) => ({ file, record, field });
  const { standards, note, sources: curriculumSources } = standardsOf(templates, options, layout);

  const rubric: RubricRow[] = [
    ...t.rubric.map((r, i) => ({ ...r, criterion: fillLine(r.criterion, filledVars, at(`rubric[${i}].criterion`)) })),
    ...activity.rubric.map((r, i) => ({ ...r, criterion: fillLine(r.criterion, filledVars, at(`${activityPath}.rubric[${i}].criterion`)) })),
  ];

  const sections: WorksheetSection[] = [];
  for (const b of layout.flat()) {
    const section = b.id === 'activity' ? activity.worksheet : t.worksheet.sections[b.id];
    const path = b.id === 'activity' ? `${activityPath}.worksheet` : `worksheet.sections.${b.id}`;
    if (section) sections.push(worksheetSection(section, filledVars, file, record, path));
  }
  const closing = t.worksheet.sections['closing'];
  if (closing) sections.push(worksheetSection(closing, filledVars, file, record, 'worksheet.sections.closing'));

  const ncsUnits = units.map(ncsLink);
  const gaps: string[] = [];
  if (units.length === 0) gaps.push('이 직업과 이어진 NCS 능력단위가 아직 없어서, NCS 칸은 선생님이 채워야 해요.');
  if (units.some((u) => u.elements.length === 0)) gaps.push('이어진 능력단위의 능력단위요소와 수행준거는 아직 공식 자료를 가져오지 않았어요. 해당 칸은 "선생님이 채워요"로 표시했어요.');
  if (job.officialName === null) gaps.push('이 직업의 직업사전 이름은 확인하지 못했어요.');

  return {
    id: record,
    kind: 'job-series',
    title: fillText(t.title, filledVars, at('title')),
    summary: fillText(t.summary, filledVars, at('summary')),
    job: { slug: job.slug, title: job.title },
    unit: null,
    audience: audienceOf(templates, options),
    periods: options.periods,
    minutesPerPeriod: options.minutes,
    standards,
    standardsNote: note,
    goals: designGoals(periodPlans),
    periodPlans,
    assessment: {
      items: [
        ...t.assessment.map((a, i) => ({ method: a.method, criteria: fillLine(a.criteria, filledVars, at(`assessment[${i}].criteria`)), timing: timingOf(layout, a.block) })),
        { method: activity.assessment.method, criteria: fillLine(activity.assessment.criteria, filledVars, at(`${activityPath}.assessment.criteria`)), timing: timingOf(layout, 'activity') },
      ],
      rubric,
    },
    worksheet: { title: fillText(t.worksheet.title, filledVars, at('worksheet.title')), intro: t.worksheet.intro, sections },
    ncs: {
      units: ncsUnits,
      basicCompetences: activity.basicCompetences.map((c) => ({ name: c.name, subs: [...c.subs], why: c.why })),
      note: '아래 직업기초능력은 이 수업의 활동이 기르는 능력을 수업 설계에서 고른 것이에요. 능력단위의 공식 직업기초능력은 능력단위 표에 따로 적었어요.',
    },
    gaps,
    sources: uniqueSources([job.sources, ...units.map((u) => u.sources), curriculumSources]),
    options: { school: options.school, periods: options.periods, minutes: options.minutes, activity: options.activity },
  };
}

export function worksheetSection(
  section: { heading: string; tasks: { prompt: string; lines: number }[] },
  vars: Vars,
  file: string,
  record: string,
  path: string,
): WorksheetSection {
  return {
    heading: section.heading,
    tasks: section.tasks.map((task, i) => ({ prompt: fillLine(task.prompt, vars, { file, record, field: `${path}.tasks[${i}].prompt` }), lines: task.lines })),
  };
}
