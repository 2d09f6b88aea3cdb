/** The source registry as a lookup: pure code shared by pages, the lesson builder and the content check. */
import type { Source } from '../../schemas/source.ts';
import type { CitableSource } from './cite.ts';

export type SourceRegistry = ReadonlyMap<string, Source>;

export class UnknownSourceError extends Error {
  readonly id: string;
  constructor(id: string, where: string) {
    super(`${where}: 출처 "${id}"가 출처 목록(content/sources.yaml, content/ncs/sources.yaml)에 없어요`);
    this.name = 'UnknownSourceError';
    this.id = id;
  }
}

export function sourceOf(registry: SourceRegistry, id: string, where: string): Source {
  const s = registry.get(id);
  if (!s) throw new UnknownSourceError(id, where);
  return s;
}

/** A registry entry ready for `citeSource`, with its `via` resolved. */
export function citable(registry: SourceRegistry, id: string, where: string): CitableSource {
  const s = sourceOf(registry, id, where);
  const via = s.via === undefined ? undefined : sourceOf(registry, s.via, `출처 ${s.id}의 via`);
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    year: s.year,
    ...(s.date ? { date: s.date } : {}),
    ...(s.dataYears ? { dataYears: [...s.dataYears] } : {}),
    ...(s.retrieved ? { retrieved: s.retrieved } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(via ? { viaTitle: via.title } : {}),
  };
}
