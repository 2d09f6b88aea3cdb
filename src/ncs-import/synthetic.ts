import type { ClassificationNode, Element, NormalCatalog, Unit } from './types.ts';

/*
 * A synthetic catalog shaped like the whole NCS (2026-02 export: about 13,400 current units,
 * 3.55 elements per unit, 4.14 criteria per element, 12 KSA rows per element), with names that
 * say plainly they are examples. Deterministic: the same size always gives the same catalog.
 */

const UNITS_PER_DUTY = 12;
const DUTIES_PER_MINOR = 4;
const MINORS_PER_MIDDLE = 3;
const MIDDLES_PER_MAJOR = 4;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface SyntheticOptions {
  /** Current units; about one retired unit per ten 세분류 is added on top. */
  units: number;
}

export function makeSyntheticCatalog(options: SyntheticOptions): NormalCatalog {
  const classes = new Map<string, ClassificationNode>();
  const units: Unit[] = [];
  let elementIndex = 0;
  const dutyCount = Math.ceil(options.units / UNITS_PER_DUTY);
  for (let d = 0; d < dutyCount; d++) {
    const minor = Math.floor(d / DUTIES_PER_MINOR);
    const middle = Math.floor(minor / MINORS_PER_MIDDLE);
    const major = Math.floor(middle / MIDDLES_PER_MAJOR);
    // Majors from 51 up: outside the official 01–24, so synthetic codes never meet real ones.
    const c1 = pad(major + 51, 2);
    const c2 = c1 + pad((middle % MIDDLES_PER_MAJOR) + 1, 2);
    const c3 = c2 + pad((minor % MINORS_PER_MIDDLE) + 1, 2);
    const c4 = c3 + pad((d % DUTIES_PER_MINOR) + 1, 2);
    classes.set(c1, { code: c1, depth: 1, name: `예시 대분류 ${c1}` });
    classes.set(c2, { code: c2, depth: 2, name: `예시 중분류 ${c2}` });
    classes.set(c3, { code: c3, depth: 3, name: `예시 소분류 ${c3}` });
    classes.set(c4, { code: c4, depth: 4, name: `예시 세분류 ${c4}` });
    const inDuty = Math.min(UNITS_PER_DUTY, options.units - d * UNITS_PER_DUTY);
    const serials = Array.from({ length: inDuty }, (_, s) => s + 1);
    if (d % 10 === 0) serials.push(99);
    for (const serial of serials) {
      const i = units.length;
      const id = pad(i + 1, 5);
      const elements: Element[] = [];
      const elementCount = i % 20 < 11 ? 4 : 3;
      const code = `${c4}${pad(serial, 2)}_${20 + (i % 5)}v${1 + (i % 4)}`;
      for (let e = 1; e <= elementCount; e++, elementIndex++) {
        const criteriaCount = elementIndex % 50 < 7 ? 5 : 4;
        const extra = elementIndex % 16 === 0 ? 1 : 0;
        const ksa = (kind: string, n: number) => Array.from({ length: n }, (_, k) => `(예시) ${kind} ${id}-${e}-${k + 1}`);
        elements.push({
          code: `${code}.${e}`,
          serial: e,
          name: `예시 능력단위요소 ${id}-${e}`,
          level: 1 + ((i + e) % 8),
          criteria: Array.from({ length: criteriaCount }, (_, k) => ({
            number: `${e}.${k + 1}`,
            text: `(예시) 능력단위 ${id} 요소 ${e}의 수행준거 ${k + 1}: 주어진 자료를 정리할 수 있다.`,
          })),
          knowledge: ksa('지식', 4 + extra),
          skills: ksa('기술', 4),
          attitudes: ksa('태도', 4),
        });
      }
      units.push({
        code,
        dutyCode: c4,
        name: `예시 능력단위 ${id}`,
        level: i % 97 === 0 ? null : 1 + ((i * 5) % 8),
        definition: `(예시) 능력단위 ${id}의 정의: 예시 자료를 다루는 능력이다.`,
        definitionSource: null,
        nameSource: -1,
        trainingHours: 20 + (i % 4) * 10,
        retired: serial === 99 ? (d % 20 === 0 ? '구버전' : '20년 삭제') : null,
        elements,
        sources: [],
      });
    }
  }
  const classifications = [...classes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  units.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { classifications, units, sources: [] };
}
