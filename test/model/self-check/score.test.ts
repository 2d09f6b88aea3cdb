import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersFromEntries, maxSuggestions, scoreSelfCheck, type AnswerValue } from '../../../src/model/self-check/score.ts';

const statements = [
  { id: 'people', competences: ['empathy'], jobs: ['cs-instructor', 'cs-manager'] },
  { id: 'analysis', competences: ['data-analysis'], jobs: ['cs-manager', 'cx-leader'] },
  { id: 'stamina', competences: ['stamina'], jobs: ['flight-attendant'] },
  { id: 'phone', competences: ['emotional-intelligence'], jobs: ['contact-center-agent', 'telemarketer'] },
];
const answers = (o: Record<string, AnswerValue>) => new Map(Object.entries(o));

describe('scoreSelfCheck', () => {
  it('suggests the jobs whose statements got the strongest answers', () => {
    const r = scoreSelfCheck(statements, answers({ people: 3, analysis: 3, stamina: 0, phone: 1 }));
    expect(r.enough).toBe(true);
    expect(r.suggestions.map((j) => j.id)).toEqual(['cs-manager', 'cs-instructor', 'cx-leader']);
    expect(r.suggestions[0]!.score).toBe(1);
    expect(r.suggestions[0]!.statements).toEqual(['people', 'analysis']);
  });

  it('suggests nothing before half of the statements are answered', () => {
    const r = scoreSelfCheck(statements, answers({ people: 3 }));
    expect(r.enough).toBe(false);
    expect(r.suggestions).toEqual([]);
    expect(r.jobs[0]!.id).toBe('cs-instructor');
  });

  it('suggests nothing when every answer is weak', () => {
    const r = scoreSelfCheck(statements, answers({ people: 1, analysis: 0, stamina: 1, phone: 0 }));
    expect(r.suggestions).toEqual([]);
  });

  it('breaks ties by the given job order', () => {
    const r = scoreSelfCheck(statements, answers({ people: 0, analysis: 0, stamina: 3, phone: 3 }), [
      'telemarketer',
      'contact-center-agent',
      'flight-attendant',
    ]);
    expect(r.suggestions.map((j) => j.id)).toEqual(['telemarketer', 'contact-center-agent', 'flight-attendant']);
  });

  it('ranks competences too', () => {
    const r = scoreSelfCheck(statements, answers({ people: 3, analysis: 1, stamina: 2, phone: 0 }));
    expect(r.competences.map((c) => c.id)).toEqual(['empathy', 'stamina', 'data-analysis', 'emotional-intelligence']);
  });

  it('refuses unknown statements and values off the scale', () => {
    expect(() => scoreSelfCheck(statements, answers({ nobody: 3 }))).toThrow(/unknown statement "nobody"/);
    expect(() => scoreSelfCheck(statements, new Map([['people', 7 as AnswerValue]]))).toThrow(/off the scale/);
  });

  it('keeps scores between 0 and 1 and never suggests more than the maximum', () => {
    const value = fc.constantFrom<AnswerValue>(0, 1, 2, 3);
    fc.assert(
      fc.property(fc.tuple(value, value, value, value), (vals) => {
        const r = scoreSelfCheck(statements, new Map(statements.map((s, i) => [s.id, vals[i]!])));
        for (const j of [...r.jobs, ...r.competences]) {
          expect(j.score).toBeGreaterThanOrEqual(0);
          expect(j.score).toBeLessThanOrEqual(1);
        }
        expect(r.suggestions.length).toBeLessThanOrEqual(maxSuggestions);
        for (let i = 1; i < r.jobs.length; i++) expect(r.jobs[i - 1]!.score).toBeGreaterThanOrEqual(r.jobs[i]!.score);
      }),
    );
  });
});

describe('answersFromEntries', () => {
  it('reads q-<id> radio values and ignores other fields', () => {
    expect(
      answersFromEntries([
        ['q-people', '2'],
        ['submit', 'x'],
      ]),
    ).toEqual(new Map([['people', 2]]));
  });

  it('refuses a value off the scale, naming the field', () => {
    expect(() => answersFromEntries([['q-people', '9']])).toThrow(/"q-people"/);
  });
});
