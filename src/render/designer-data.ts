/**
 * The designer's data files (see src/model/lesson/designer-data.ts), made from the same inputs as
 * every lesson design of the build.
 */
import type { LessonInputs } from '../model/lesson/build.ts';
import type { UnitInput } from '../model/lesson/inputs.ts';
import {
  DESIGNER_DATA_VERSION,
  MAX_NAME_SHARD,
  dutyOfUnitCode,
  nameKey,
  type DesignerIndex,
  type DesignerLessonData,
  type DutyEntry,
  type NameShard,
} from '../model/lesson/designer-data.ts';

export interface DataFile {
  /** Relative to the data folder, with '/'. */
  path: string;
  text: string;
}

export function designerDataFiles(inputs: LessonInputs): DataFile[] {
  const byDuty = new Map<string, UnitInput[]>();
  const names = new Map<string, NameShard>();
  for (const unit of inputs.units) {
    const duty = dutyOfUnitCode(unit.code);
    let list = byDuty.get(duty);
    if (!list) byDuty.set(duty, (list = []));
    list.push(unit);
    const keys = new Set(
      unit.name
        .split(/\s+/)
        .map(nameKey)
        .filter((k): k is string => k !== null),
    );
    for (const key of keys) {
      let shard = names.get(key);
      if (!shard) names.set(key, (shard = []));
      shard.push([unit.code, unit.name, unit.level]);
    }
  }
  const duties: DutyEntry[] = [...byDuty.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, units]) => ({ code, path: units[0]!.classification, units: units.length }));
  const index: DesignerIndex = {
    version: DESIGNER_DATA_VERSION,
    jobs: [...inputs.jobs].sort((a, b) => a.order - b.order).map((j) => ({ slug: j.slug, title: j.title })),
    duties,
    names: Object.fromEntries([...names.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, shard]) => [key, shard.length])),
  };
  const lesson: DesignerLessonData = { version: DESIGNER_DATA_VERSION, templates: inputs.templates, jobs: [...inputs.jobs] };
  const json = (value: unknown) => JSON.stringify(value);
  return [
    { path: 'index.json', text: json(index) },
    { path: 'lesson.json', text: json(lesson) },
    ...[...byDuty.entries()].map(([duty, units]) => ({ path: `units/${duty}.json`, text: json(units) })),
    ...[...names.entries()]
      .filter(([, shard]) => shard.length <= MAX_NAME_SHARD)
      .map(([key, shard]) => ({ path: `names/${key}.json`, text: json(shard) })),
  ];
}
