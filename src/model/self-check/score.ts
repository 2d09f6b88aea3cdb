/**
 * Scoring of the self-check "나는 CS 일과 잘 맞을까?". Plain data in, plain data out: the page
 * script and the tests call the same functions.
 */

/** Answer scale: 0 전혀 아니에요 … 3 정말 그래요. */
export const answerScale = [0, 1, 2, 3] as const;
export type AnswerValue = (typeof answerScale)[number];
const maxAnswer = 3;

export interface ScoredStatement {
  id: string;
  competences: readonly string[];
  jobs: readonly string[];
}

export interface Match {
  id: string;
  /** Mean of the answers to the statements pointing here, from 0 to 1. */
  score: number;
  /** Answered statements that point here, strongest answer first. */
  statements: string[];
}

export interface SelfCheckResult {
  answered: number;
  total: number;
  /** At least half of the statements are answered: enough to suggest anything. */
  enough: boolean;
  jobs: Match[];
  competences: Match[];
  /** Jobs with a score of at least `strongThreshold`, at most `maxSuggestions`, best first. */
  suggestions: Match[];
}

export const strongThreshold = 0.6;
export const maxSuggestions = 3;

export function isAnswerValue(v: unknown): v is AnswerValue {
  return typeof v === 'number' && (answerScale as readonly number[]).includes(v);
}

function rank(
  statements: readonly ScoredStatement[],
  answers: ReadonlyMap<string, AnswerValue>,
  targets: (s: ScoredStatement) => readonly string[],
  order: readonly string[],
): Match[] {
  const sums = new Map<string, { total: number; count: number; hits: { id: string; value: number }[] }>();
  for (const s of statements) {
    const value = answers.get(s.id);
    if (value === undefined) continue;
    for (const t of targets(s)) {
      const entry = sums.get(t) ?? { total: 0, count: 0, hits: [] };
      entry.total += value;
      entry.count += 1;
      entry.hits.push({ id: s.id, value });
      sums.set(t, entry);
    }
  }
  const position = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return (
    [...sums.entries()]
      .map(([id, e]) => ({
        id,
        score: e.total / (e.count * maxAnswer),
        count: e.count,
        statements: e.hits
          .filter((h) => h.value > 0)
          .sort((a, b) => b.value - a.value)
          .map((h) => h.id),
      }))
      // Equal scores: the one more statements agree on first, then the fixed order.
      .sort((a, b) => b.score - a.score || b.count - a.count || position(a.id) - position(b.id))
      .map(({ id, score, statements: s }) => ({ id, score, statements: s }))
  );
}

/**
 * Scores the answers. `answers` maps statement ids to a value on the scale; unknown ids and
 * values off the scale are errors, because they mean the page and the data disagree.
 */
export function scoreSelfCheck(
  statements: readonly ScoredStatement[],
  answers: ReadonlyMap<string, AnswerValue>,
  jobOrder: readonly string[] = [],
  competenceOrder: readonly string[] = [],
): SelfCheckResult {
  const known = new Set(statements.map((s) => s.id));
  for (const [id, value] of answers) {
    if (!known.has(id)) throw new Error(`scoreSelfCheck: unknown statement "${id}"`);
    if (!isAnswerValue(value)) throw new Error(`scoreSelfCheck: answer to "${id}" is off the scale: ${String(value)}`);
  }
  const answered = answers.size;
  const total = statements.length;
  const enough = total > 0 && answered * 2 >= total;
  const jobs = rank(statements, answers, (s) => s.jobs, jobOrder);
  const competences = rank(statements, answers, (s) => s.competences, competenceOrder);
  const suggestions = enough ? jobs.filter((j) => j.score >= strongThreshold).slice(0, maxSuggestions) : [];
  return { answered, total, enough, jobs, competences, suggestions };
}

/** Reads radio answers from form entries named `q-<statement id>`; anything else is ignored. */
export function answersFromEntries(entries: Iterable<[string, unknown]>): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  for (const [name, raw] of entries) {
    if (!name.startsWith('q-')) continue;
    const value = Number(raw);
    if (!isAnswerValue(value)) throw new Error(`answersFromEntries: "${name}" has a value off the scale: ${String(raw)}`);
    out.set(name.slice(2), value);
  }
  return out;
}
