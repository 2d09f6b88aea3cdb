/** The lesson model as JSON: keys sorted at every depth so equal designs give equal bytes. */
import type { LessonDesign } from '../model/lesson/types.ts';

export const LESSON_JSON_VERSION = 1;

export function lessonJson(design: LessonDesign): string {
  return `${JSON.stringify(sortKeys({ formatVersion: LESSON_JSON_VERSION, design }), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
