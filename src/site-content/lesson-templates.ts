/**
 * Reads the teacher-editable lesson files (content/lessons/) and the curriculum standards
 * (content/curriculum/), checks them, and checks that they agree with each other.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lessonError } from '../model/lesson/errors.ts';
import type { BasicCompetenceInput } from '../model/lesson/inputs.ts';
import {
  curriculumFileSchema,
  jobSeriesTemplateSchema,
  lessonDefaultsSchema,
  unitLessonTemplateSchema,
} from '../model/lesson/template-schema.ts';
import type { CurriculumEntry, LessonTemplates } from '../model/lesson/templates.ts';
import type { JobSeriesTemplate, UnitLessonTemplate } from '../model/lesson/template-schema.ts';
import { readYamlWith } from './yaml-checked.ts';
import { SCHOOL_LEVELS, type SchoolLevel } from '../model/lesson/option-values.ts';
import { citable, type SourceRegistry } from '../model/sources/registry.ts';
import { withParticle } from '../lib/korean-particles.ts';

export type { CurriculumEntry, LessonTemplates };

type BySchool<T> = Record<SchoolLevel, T>;

export const LESSON_FILES = {
  defaults: 'lessons/defaults.yaml',
  jobSeries: { middle: 'lessons/job-series.yaml', high: 'lessons/job-series-high.yaml' },
  unitLesson: { middle: 'lessons/unit-lesson.yaml', high: 'lessons/unit-lesson-high.yaml' },
  curriculumDir: 'curriculum',
} as const;

export function readLessonTemplates(
  contentRoot: string,
  basicCompetences: readonly BasicCompetenceInput[],
  registry: SourceRegistry,
): LessonTemplates {
  const defaultsFile = join(contentRoot, LESSON_FILES.defaults);
  const bySchool = <T>(f: (school: SchoolLevel) => T): BySchool<T> =>
    Object.fromEntries(SCHOOL_LEVELS.map((s) => [s, f(s)])) as BySchool<T>;
  const jobSeriesFile = bySchool((s) => join(contentRoot, LESSON_FILES.jobSeries[s]));
  const unitLessonFile = bySchool((s) => join(contentRoot, LESSON_FILES.unitLesson[s]));
  const curriculumDir = join(contentRoot, LESSON_FILES.curriculumDir);

  const curricula: CurriculumEntry[] = [];
  for (const name of readdirSync(curriculumDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = join(curriculumDir, name);
    const curriculum = readYamlWith(file, curriculumFileSchema);
    const sources = curriculum.sources.map((id, i) => {
      if (!registry.has(id))
        throw lessonError(file, curriculum.id, `sources[${i}]`, `출처 "${id}"가 출처 목록(content/sources.yaml)에 없어요`);
      return citable(registry, id, file);
    });
    curricula.push({ file, curriculum, sources });
  }
  checkCurricula(curricula);

  const templates: LessonTemplates = {
    defaults: readYamlWith(defaultsFile, lessonDefaultsSchema),
    defaultsFile,
    jobSeries: bySchool((s) => readYamlWith(jobSeriesFile[s], jobSeriesTemplateSchema)),
    jobSeriesFile,
    unitLesson: bySchool((s) => readYamlWith(unitLessonFile[s], unitLessonTemplateSchema)),
    unitLessonFile,
    curricula,
  };
  for (const school of SCHOOL_LEVELS) {
    const career = curricula.filter((c) => c.curriculum.kind === 'career' && c.curriculum.school === school);
    checkTemplate(jobSeriesFile[school], templates.jobSeries[school], ['activity'], career);
    checkTemplate(unitLessonFile[school], templates.unitLesson[school], [], career);
    checkJobActivities(jobSeriesFile[school], templates.jobSeries[school], career, basicCompetences);
  }
  return templates;
}

function checkJobActivities(
  jobSeriesFile: string,
  template: JobSeriesTemplate,
  curricula: readonly CurriculumEntry[],
  basicCompetences: readonly BasicCompetenceInput[],
): void {
  for (const [id, activity] of Object.entries(template.activities)) {
    checkStandards(jobSeriesFile, `activities.${id}`, activity.standards, curricula);
    activity.steps.forEach((step, i) => checkStandards(jobSeriesFile, `activities.${id}`, step.standards, curricula, `steps[${i}].`));
    checkHandouts(jobSeriesFile, `activities.${id}`, activity.steps, template.handouts);
    activity.basicCompetences.forEach((use, i) => {
      const known = basicCompetences.find((c) => c.name === use.name);
      const field = `basicCompetences[${i}]`;
      if (!known)
        throw lessonError(
          jobSeriesFile,
          `activities.${id}`,
          `${field}.name`,
          `직업기초능력 "${use.name}"이 NCS 자료에 없어요. 쓸 수 있는 이름: ${basicCompetences.map((c) => c.name).join(', ')}`,
        );
      use.subs.forEach((sub, j) => {
        if (!known.subs.includes(sub))
          throw lessonError(
            jobSeriesFile,
            `activities.${id}`,
            `${field}.subs[${j}]`,
            `"${use.name}"의 하위능력에 "${sub}"이 없어요. 쓸 수 있는 이름: ${known.subs.join(', ')}`,
          );
      });
    });
  }
}

// The 특수교육 기본 교육과정 reuses codes such as [9진로02-02] with other sentences: it never belongs here.
const specialEducation = /제2022-34호|특수교육|기본 교육과정/;

export function checkCurricula(curricula: readonly CurriculumEntry[]): void {
  const ids = new Map<string, string>();
  for (const { file, curriculum } of curricula) {
    if (ids.has(curriculum.id))
      throw lessonError(file, curriculum.id, 'id', `교육과정 id "${curriculum.id}"가 두 번 나와요 (처음: ${ids.get(curriculum.id)})`);
    ids.set(curriculum.id, file);
    for (const field of ['name', 'gosi'] as const) {
      if (specialEducation.test(curriculum[field]))
        throw lessonError(
          file,
          curriculum.id,
          field,
          `특수교육 기본 교육과정은 같은 코드를 다른 문장에 써요. 이 폴더에는 일반 교육과정과 전문교과만 넣어요 ("${curriculum[field]}")`,
        );
    }
    const areas = new Set(curriculum.areas.map((a) => a.code));
    const seen = new Set<string>();
    curriculum.standards.forEach((s, i) => {
      if (seen.has(s.code))
        throw lessonError(file, curriculum.id, `standards[${i}].code`, `성취기준 ${withParticle(s.code, '이')} 두 번 나와요`);
      seen.add(s.code);
      if (!areas.has(s.area))
        throw lessonError(file, curriculum.id, `standards[${i}].area`, `영역 ${withParticle(s.area, '이')} areas에 없어요`);
      if (!s.code.startsWith(`${curriculum.codePrefix}${s.area}-`))
        throw lessonError(
          file,
          curriculum.id,
          `standards[${i}].code`,
          `${withParticle(s.code, '은')} 이 교육과정 영역 ${s.area}의 코드(${curriculum.codePrefix}${s.area}-…])가 아니에요`,
        );
      if (s.confidence !== 'H' && !s.note)
        throw lessonError(file, curriculum.id, `standards[${i}].note`, `신뢰도가 ${s.confidence}이면 무엇을 확인해야 하는지 note에 적어요`);
    });
  }
}

function checkStandards(
  file: string,
  record: string,
  codes: readonly string[],
  curricula: readonly CurriculumEntry[],
  fieldPrefix = '',
): void {
  codes.forEach((code, i) => {
    if (!curricula.some((c) => c.curriculum.standards.some((s) => s.code === code))) {
      throw lessonError(
        file,
        record,
        `${fieldPrefix}standards[${i}]`,
        `성취기준 ${withParticle(code, '이')} 이 학교급의 「진로와 직업」(content/curriculum)에 없어요. 있는 코드: ${curricula.flatMap((c) => c.curriculum.standards.map((s) => s.code)).join(', ')}`,
      );
    }
  });
}

function checkTemplate(
  file: string,
  t: JobSeriesTemplate | UnitLessonTemplate,
  extraBlocks: readonly string[],
  curricula: readonly CurriculumEntry[],
): void {
  const blockIds = new Set([...Object.keys(t.blocks), ...extraBlocks]);
  for (const [id, block] of Object.entries(t.blocks)) {
    checkStandards(file, `blocks.${id}`, block.standards, curricula);
    block.steps.forEach((step, i) => checkStandards(file, `blocks.${id}`, step.standards, curricula, `steps[${i}].`));
    checkHandouts(file, `blocks.${id}`, block.steps, t.handouts);
  }
  for (const key of ['openingFirst', 'opening', 'closing', 'closingLast'] as const) checkHandouts(file, key, [t[key]], t.handouts);
  for (const [count, periods] of Object.entries(t.layouts)) {
    const used = new Set<string>();
    periods.forEach((blocks, p) =>
      blocks.forEach((id, b) => {
        if (!blockIds.has(id))
          throw lessonError(
            file,
            `layouts.${count}`,
            `[${p}][${b}]`,
            `블록 "${id}"가 없어요. 쓸 수 있는 블록: ${[...blockIds].join(', ')}`,
          );
        if (used.has(id)) throw lessonError(file, `layouts.${count}`, `[${p}][${b}]`, `블록 "${id}"를 두 번 썼어요`);
        used.add(id);
      }),
    );
  }
  const sectionIds = new Set([...blockIds, 'closing']);
  for (const id of Object.keys(t.worksheet.sections)) {
    if (!sectionIds.has(id))
      throw lessonError(
        file,
        'worksheet',
        `sections.${id}`,
        `활동지 칸 "${id}"에 맞는 블록이 없어요. 쓸 수 있는 이름: ${[...sectionIds].join(', ')}`,
      );
  }
  t.assessment.forEach((a, i) => {
    if (!sectionIds.has(a.block)) throw lessonError(file, 'assessment', `[${i}].block`, `블록 "${a.block}"가 없어요`);
  });
}

function checkHandouts(
  file: string,
  record: string,
  steps: readonly { handouts: readonly string[] }[],
  handouts: Readonly<Record<string, unknown>>,
): void {
  steps.forEach((step, s) =>
    step.handouts.forEach((id, h) => {
      if (!(id in handouts))
        throw lessonError(
          file,
          record,
          `steps[${s}].handouts[${h}]`,
          `자료 "${id}"가 handouts에 없어요. 있는 자료: ${Object.keys(handouts).join(', ') || '없음'}`,
        );
    }),
  );
}
