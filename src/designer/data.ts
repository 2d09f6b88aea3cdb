/**
 * The designer's data files (src/model/lesson/designer-data.ts), fetched on demand and each once:
 * the index and the lesson templates at start, a 세분류's units or a name shard when she looks for
 * a unit. A failed fetch is forgotten, so the next try fetches again.
 */
import { withBase } from '../lib/base-path.ts';
import {
  DESIGNER_DATA_DIR,
  DESIGNER_DATA_VERSION,
  type DesignerIndex,
  type DesignerLessonData,
  type DutyUnits,
  type NameShard,
} from '../model/lesson/designer-data.ts';

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export interface DesignerData {
  /** The index and the templates; refuses data of another version. */
  start(): Promise<{ index: DesignerIndex; lesson: DesignerLessonData }>;
  /** A 세분류's units; none for a code the index does not list. */
  dutyUnits(duty: string): Promise<DutyUnits>;
  nameShard(key: string): Promise<NameShard>;
  /** A unit's name, once any list holding it was read. */
  unitName(code: string): string | undefined;
  /** A unit's 수준, once any list holding it was read (null: the standard gives none). */
  unitLevel(code: string): number | null | undefined;
  rememberName(code: string, name: string, level?: number | null): void;
}

export function designerData(base: string, fetchJson: Fetch = (url) => fetch(url)): DesignerData {
  const cache = new Map<string, Promise<unknown>>();
  const names = new Map<string, string>();
  const levels = new Map<string, number | null>();
  let index: DesignerIndex | null = null;
  const get = <T>(path: string): Promise<T> => {
    let p = cache.get(path);
    if (!p) {
      p = fetchJson(withBase(base, `${DESIGNER_DATA_DIR}/${path}`)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${path}`);
        return r.json();
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p as Promise<T>;
  };
  return {
    async start() {
      const [i, lesson] = await Promise.all([get<DesignerIndex>('index.json'), get<DesignerLessonData>('lesson.json')]);
      if (i.version !== DESIGNER_DATA_VERSION || lesson.version !== DESIGNER_DATA_VERSION) throw new Error('data version');
      index = i;
      return { index: i, lesson };
    },
    async dutyUnits(duty) {
      if (!/^\d{8}$/.test(duty) || !index?.duties.some((d) => d.code === duty)) return [];
      const units = await get<DutyUnits>(`units/${duty}.json`);
      for (const u of units) {
        names.set(u.code, u.name);
        levels.set(u.code, u.level);
      }
      return units;
    },
    nameShard: (key) => get<NameShard>(`names/${key}.json`),
    unitName: (code) => names.get(code),
    unitLevel: (code) => levels.get(code),
    rememberName: (code, name, level) => {
      names.set(code, name);
      if (level !== undefined) levels.set(code, level);
    },
  };
}
