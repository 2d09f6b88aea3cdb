/**
 * Fills `{name}` and `{name:이}` placeholders in template lines. A line whose data is missing
 * becomes a labelled blank for the teacher instead of a sentence with a hole in it.
 */
import { lessonError } from './errors.ts';
import type { LineTemplate } from './template-schema.ts';
import type { Item } from './types.ts';

/** A value, or why it is missing (the hint the teacher sees in the blank). */
export type Value = string | { missing: string };
export type Vars = Readonly<Record<string, Value>>;

export interface Where {
  file: string;
  record: string;
  field: string;
}

const placeholder = /\{([A-Za-z]+)(?::([^}]+))?\}/g;

// Korean particles change with the last sound of the word before them.
const particlePairs: Record<string, [withFinal: string, withoutFinal: string]> = {
  이: ['이', '가'],
  가: ['이', '가'],
  은: ['은', '는'],
  는: ['은', '는'],
  을: ['을', '를'],
  를: ['을', '를'],
  과: ['과', '와'],
  와: ['과', '와'],
  으로: ['으로', '로'],
  로: ['으로', '로'],
  이에요: ['이에요', '예요'],
  예요: ['이에요', '예요'],
};

/** 'none' | 'rieul' (ㄹ, which takes 로) | 'other' final consonant of how the word is read. */
export function finalSound(word: string): 'none' | 'rieul' | 'other' {
  const trimmed = word.replace(/[\s)\]」』>"'.,·…]+$/u, '');
  const last = trimmed.at(-1);
  if (last === undefined) return 'none';
  const code = last.codePointAt(0)!;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last))
    return (['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'] as const)[Number(last)]!;
  if (/[lr]/i.test(last)) return 'rieul';
  if (/[mn]/i.test(last)) return 'other';
  return 'none';
}

export function withParticle(word: string, particle: string): string | null {
  const pair = particlePairs[particle];
  if (!pair) return null;
  const sound = finalSound(word);
  if (pair[0] === '으로') return word + (sound === 'other' ? pair[0] : pair[1]);
  return word + (sound === 'none' ? pair[1] : pair[0]);
}

export function fillLine(template: string, vars: Vars, where: Where): Item {
  const hints: string[] = [];
  const text = template.replace(placeholder, (_, name: string, particle: string | undefined) => {
    const value = vars[name];
    if (value === undefined) {
      throw lessonError(
        where.file,
        where.record,
        where.field,
        `알 수 없는 자리 {${name}}가 있어요. 쓸 수 있는 자리: ${Object.keys(vars).sort().join(', ')}`,
      );
    }
    if (typeof value !== 'string') {
      hints.push(value.missing);
      return '＿＿＿＿';
    }
    if (particle === undefined) return value;
    const joined = withParticle(value, particle);
    if (joined === null) {
      throw lessonError(
        where.file,
        where.record,
        where.field,
        `{${name}:${particle}}의 조사 "${particle}"를 알 수 없어요 (이, 은, 을, 과, 으로, 이에요 중 하나)`,
      );
    }
    return joined;
  });
  return hints.length === 0 ? text : { blank: `${text} (${hints.join('; ')})` };
}

/** Like fillLine, for places that need plain text (titles): missing data shows as the hint in brackets. */
export function fillText(template: string, vars: Vars, where: Where): string {
  const item = fillLine(template, vars, where);
  return typeof item === 'string' ? item : item.blank;
}

/** True when `name` holds a value (not missing). An unknown name is a template error. */
export function hasValue(vars: Vars, name: string, where: Where): boolean {
  const value = vars[name];
  if (value === undefined)
    throw lessonError(
      where.file,
      where.record,
      where.field,
      `when/unless의 자리 ${name}를 알 수 없어요. 쓸 수 있는 자리: ${Object.keys(vars).sort().join(', ')}`,
    );
  return typeof value === 'string';
}

/** A template line filled in, or null when its `when`/`unless` condition leaves it out. */
export function fillTemplateLine(line: LineTemplate, vars: Vars, where: Where): Item | null {
  if (typeof line === 'string') return fillLine(line, vars, where);
  if ('when' in line && !hasValue(vars, line.when, where)) return null;
  if ('unless' in line && hasValue(vars, line.unless, where)) return null;
  return fillLine(line.text, vars, where);
}

export function fillLines(templates: readonly LineTemplate[], vars: Vars, where: Where): Item[] {
  const out: Item[] = [];
  templates.forEach((t, i) => {
    const item = fillTemplateLine(t, vars, { ...where, field: `${where.field}[${i}]` });
    if (item !== null) out.push(item);
  });
  return out;
}
