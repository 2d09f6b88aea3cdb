import { describe, expect, it } from 'vitest';
import { designerData, type Fetch } from '../../src/designer/data.ts';
import { DESIGNER_DATA_VERSION } from '../../src/model/lesson/designer-data.ts';

function fakeFetch(files: Record<string, unknown>, failures = new Set<string>()) {
  const asked: string[] = [];
  const fetchJson: Fetch = async (url) => {
    asked.push(url);
    if (failures.has(url)) {
      failures.delete(url);
      return { ok: false, status: 503, json: async () => null };
    }
    const body = files[url];
    return body === undefined
      ? { ok: false, status: 404, json: async () => null }
      : { ok: true, status: 200, json: async () => structuredClone(body) };
  };
  return { fetchJson, asked };
}

const index = { version: DESIGNER_DATA_VERSION, jobs: [], duties: [{ code: '02010302', path: ['고객관리'], units: 1 }], names: {} };
const lesson = { version: DESIGNER_DATA_VERSION, templates: {}, jobs: [] };
const units = [{ code: '0201030201_21v3', name: '고객관리 계획 수립' }];
const files = {
  '/career/lessons/design/data/index.json': index,
  '/career/lessons/design/data/lesson.json': lesson,
  '/career/lessons/design/data/units/02010302.json': units,
};

describe('the designer’s data files', () => {
  it('reads each file once, under the site base, and remembers the unit names it has seen', async () => {
    const { fetchJson, asked } = fakeFetch(files);
    const data = designerData('/career/', fetchJson);
    await data.start();
    expect(await data.dutyUnits('02010302')).toEqual(units);
    await data.dutyUnits('02010302');
    expect(asked.filter((u) => u.endsWith('02010302.json'))).toHaveLength(1);
    expect(data.unitName('0201030201_21v3')).toBe('고객관리 계획 수립');
  });

  it('asks for no file for a 세분류 the index does not list, or a code that is not one', async () => {
    const { fetchJson, asked } = fakeFetch(files);
    const data = designerData('/career/', fetchJson);
    await data.start();
    expect(await data.dutyUnits('99999999')).toEqual([]);
    expect(await data.dutyUnits('../../x')).toEqual([]);
    expect(asked.some((u) => u.includes('99999999') || u.includes('..'))).toBe(false);
  });

  it('fetches again after a failure, and refuses data of another version', async () => {
    const failures = new Set(['/career/lessons/design/data/units/02010302.json']);
    const { fetchJson } = fakeFetch(files, failures);
    const data = designerData('/career/', fetchJson);
    await data.start();
    await expect(data.dutyUnits('02010302')).rejects.toThrow();
    expect(await data.dutyUnits('02010302')).toEqual(units);
    const old = fakeFetch({ ...files, '/career/lessons/design/data/index.json': { ...index, version: DESIGNER_DATA_VERSION - 1 } });
    await expect(designerData('/career/', old.fetchJson).start()).rejects.toThrow(/version/);
  });
});
