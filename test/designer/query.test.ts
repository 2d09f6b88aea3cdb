import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '../../src/designer/query.ts';

describe('designer address', () => {
  it('reads the contract: job, repeatable unit, school, grade, periods, minutes, activity, style', () => {
    const r = parseQuery('job=cs-manager&school=high&grade=2&periods=3&minutes=50&activity=self-check&style=plan');
    expect(r.problems).toEqual([]);
    expect(r.target).toEqual({ kind: 'job', slug: 'cs-manager' });
    expect(r.options).toEqual({ school: 'high', grade: 2, periods: 3, minutes: 50, activity: 'self-check', style: 'plan' });
    expect(parseQuery('unit=0201030201_21v3&unit=0201030210_21v4').target).toEqual({
      kind: 'units',
      codes: ['0201030201_21v3', '0201030210_21v4'],
    });
  });

  it('round-trips through toQuery', () => {
    const q = 'job=cs-manager&school=high&grade=2&periods=3&minutes=50&activity=role-play&style=haeyo';
    expect(toQuery(parseQuery(q))).toBe(q);
    expect(toQuery(parseQuery('unit=0201030201_21v3&unit=0201030210_21v4&periods=1'))).toBe(
      'unit=0201030201_21v3&unit=0201030210_21v4&periods=1',
    );
  });

  it.each([
    ['periods=9', 'periods', '"9"는'],
    ['periods=0', 'periods', '"0"은'],
    ['minutes=abc', 'minutes', '"abc"는'],
    ['minutes=19', 'minutes', '"19"는'],
    ['minutes=121', 'minutes', '"121"은'],
    ['minutes=200', 'minutes', '차시 길이 "200"은 쓸 수 없어요'],
    ['minutes=50.5', 'minutes', '"50.5"'],
    ['minutes=1e2', 'minutes', '"1e2"'],
    ['grade=4', 'grade', '"4"'],
    ['school=elementary', 'school', '"elementary"'],
    ['activity=dance', 'activity', '"dance"'],
    ['style=fancy', 'style', '"fancy"'],
    ['job=%3Cscript%3E', 'job', '"<script>"'],
    ['unit=12', 'unit', '"12"'],
  ])('refuses %s with a Korean message for that option and leaves the default', (query, field, shown) => {
    const r = parseQuery(query);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.field).toBe(field);
    expect(r.problems[0]!.message).toContain(shown);
    expect(r.problems[0]!.message).toMatch(/[가-힣]/);
    expect(Object.keys(r.options)).toEqual([]);
  });

  it('keeps the first four units, each once, and shortens long values in messages', () => {
    const codes = ['0201030201_21v3', '0201030202_21v3', '0201030203_21v3', '0201030204_21v3', '0201030205_21v3'];
    const r = parseQuery(codes.map((c) => `unit=${c}`).join('&') + `&unit=${codes[0]}`);
    expect(r.target).toEqual({ kind: 'units', codes: codes.slice(0, 4) });
    expect(r.problems.map((p) => p.field)).toEqual(['unit']);
    const long = parseQuery(`school=${'x'.repeat(500)}`);
    expect(long.problems[0]!.message.length).toBeLessThan(120);
    // What the message echoes shows what was typed, not hidden reversals or zero-width marks.
    const hidden = parseQuery(`unit=${encodeURIComponent('../../\u202Eevil\u200B')}`);
    expect(hidden.problems[0]!.message).toContain('"../../evil"');
  });

  it('a job and units together: the job wins, the units get a message', () => {
    const r = parseQuery('job=cs-manager&unit=0201030201_21v3');
    expect(r.target).toEqual({ kind: 'job', slug: 'cs-manager' });
    expect(r.problems.map((p) => p.field)).toEqual(['unit']);
  });
});
