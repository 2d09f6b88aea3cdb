/**
 * Reads the source registry (Node): content/sources.yaml and content/ncs/sources.yaml, the part the
 * NCS data cites and the importer updates. Both files form one list: an id is defined once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesFileSchema, type Source } from '../schemas/source.ts';
import { DataError } from '../model/ncs/errors.ts';
import { lineAt, listRecord, readYaml, validate } from './yaml.ts';
import type { SourceRegistry } from '../model/sources/registry.ts';

export const SOURCE_FILES = ['sources.yaml', join('ncs', 'sources.yaml')] as const;

/** Every problem at once (DataError with `.all`): unknown fields, a repeated id, a `via` that does not exist. */
export function loadSourceRegistry(contentRoot: string): SourceRegistry {
  const registry = new Map<string, Source>();
  const errors: DataError[] = [];
  const where = new Map<string, { file: ReturnType<typeof readYaml>; index: number }>();
  for (const name of SOURCE_FILES) {
    const path = join(contentRoot, name);
    if (!existsSync(path)) {
      if (name === 'sources.yaml') errors.push(new DataError({ file: path, problem: '출처 목록 파일이 없어요' }));
      continue;
    }
    try {
      const y = readYaml(path);
      validate(y, sourcesFileSchema, listRecord(['id'])).sources.forEach((s, index) => {
        const first = where.get(s.id);
        if (first) {
          errors.push(
            new DataError({
              file: path,
              record: s.id,
              line: lineAt(y, ['sources', index, 'id']),
              problem: `같은 출처 id가 ${first.file.file}에도 있어요. 출처는 한 곳에 한 번만 적어요`,
            }),
          );
          return;
        }
        where.set(s.id, { file: y, index });
        registry.set(s.id, s);
      });
    } catch (e) {
      if (e instanceof DataError) errors.push(...e.all);
      else throw e;
    }
  }
  for (const s of registry.values()) {
    if (s.via !== undefined && !registry.has(s.via)) {
      const at = where.get(s.id)!;
      errors.push(
        new DataError({
          file: at.file.file,
          record: s.id,
          field: 'via',
          line: lineAt(at.file, ['sources', at.index, 'via']),
          problem: `via "${s.via}"가 출처 목록에 없어요`,
        }),
      );
    }
  }
  if (errors.length) throw DataError.combine(errors);
  return registry;
}
