/**
 * Fills `{name}` and `{name:이}` placeholders in template lines. A line whose data is missing
 * becomes a labelled blank for the teacher instead of a sentence with a hole in it.
 */
import { lessonError } from './errors.ts';
import type { LineTemplate } from './template-schema.ts';
import type { Item } from './types.ts';
import { withParticle, type Particle } from '../../lib/korean-particles.ts';

/** A value, or why it is missing (the hint the teacher sees in the blank). */
export type Value = string | { missing: string };
export type Vars = Readonly<Record<string, Value>>;

export interface Where {
  file: string;
  record: string;
  field: string;
}

const placeholder = /\{([A-Za-z]+)(?::([^}]+))?\}/g;

// A template may name a particle by either of its forms ({job:은} or {job:는}): both mean the same particle.
const particleNames: Record<string, Particle> = {
  이: '이',
  가: '이',
  은: '은',
  는: '은',
  을: '을',
  를: '을',
  과: '과',
  와: '과',
  으로: '으로',
  로: '으로',
  이에요: '이에요',
  예요: '이에요',
};

/** `word` with the particle a template names, in the form its last sound takes; null for a particle it does not know. */
export function templateParticle(word: string, particle: string): string | null {
  const known = particleNames[particle];
  return known === undefined ? null : withParticle(word, known);
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
    const joined = templateParticle(value, particle);
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
