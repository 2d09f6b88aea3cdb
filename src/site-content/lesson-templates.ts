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

export type { CurriculumEntry, LessonTemplates };

export const LESSON_FILES = {
  defaults: 'lessons/defaults.yaml',
  jobSeries: 'lessons/job-series.yaml',
  unitLesson: 'lessons/unit-lesson.yaml',
  curriculumDir: 'curriculum',
} as const;

export function readLessonTemplates(contentRoot: string, basicCompetences: readonly BasicCompetenceInput[]): LessonTemplates {
  const defaultsFile = join(contentRoot, LESSON_FILES.defaults);
  const jobSeriesFile = join(contentRoot, LESSON_FILES.jobSeries);
  const unitLessonFile = join(contentRoot, LESSON_FILES.unitLesson);
  const curriculumDir = join(contentRoot, LESSON_FILES.curriculumDir);

  const curricula: CurriculumEntry[] = [];
  for (const name of readdirSync(curriculumDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = join(curriculumDir, name);
    const data = readYamlWith(file, curriculumFileSchema);
    for (const curriculum of data.curricula) curricula.push({ file, curriculum, sources: data.sources });
  }
  checkCurricula(curricula);

  const templates: LessonTemplates = {
    defaults: readYamlWith(defaultsFile, lessonDefaultsSchema),
    defaultsFile,
    jobSeries: readYamlWith(jobSeriesFile, jobSeriesTemplateSchema),
    jobSeriesFile,
    unitLesson: readYamlWith(unitLessonFile, unitLessonTemplateSchema),
    unitLessonFile,
    curricula,
  };
  checkTemplate(jobSeriesFile, templates.jobSeries, ['activity'], templates.curricula);
  checkTemplate(unitLessonFile, templates.unitLesson, [], templates.curricula);
  for (const [id, activity] of Object.entries(templates.jobSeries.activities)) {
    checkStandards(jobSeriesFile, `activities.${id}`, activity.standards, curricula);
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
  return templates;
}

function checkCurricula(curricula: readonly CurriculumEntry[]): void {
  const seen = new Map<string, string>();
  for (const { file, curriculum } of curricula) {
    const areas = new Set(curriculum.areas.map((a) => a.code));
    curriculum.standards.forEach((s, i) => {
      const key = `${curriculum.id} ${s.code}`;
      if (seen.has(key))
        throw lessonError(file, curriculum.id, `standards[${i}].code`, `성취기준 ${s.code}가 두 번 나와요 (처음: ${seen.get(key)})`);
      seen.set(key, file);
      if (!areas.has(s.area)) throw lessonError(file, curriculum.id, `standards[${i}].area`, `영역 ${s.area}가 areas에 없어요`);
      const prefix = curriculum.school === 'middle' ? '[9진로' : '[12진로';
      if (!s.code.startsWith(`${prefix}${s.area}-`))
        throw lessonError(
          file,
          curriculum.id,
          `standards[${i}].code`,
          `${s.code}는 ${curriculum.school === 'middle' ? '중학교' : '고등학교'} 영역 ${s.area}의 코드(${prefix}${s.area}-NN])가 아니에요`,
        );
    });
  }
}

function checkStandards(file: string, record: string, codes: readonly string[], curricula: readonly CurriculumEntry[]): void {
  codes.forEach((code, i) => {
    if (!curricula.some((c) => c.curriculum.standards.some((s) => s.code === code))) {
      throw lessonError(file, record, `standards[${i}]`, `성취기준 ${code}가 content/curriculum에 없어요. 확인된 성취기준만 쓸 수 있어요`);
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
  for (const [id, block] of Object.entries(t.blocks)) checkStandards(file, `blocks.${id}`, block.standards, curricula);
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
