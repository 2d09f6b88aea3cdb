/**
 * Source rules of the content check: every id a page, figure or data record names is in the
 * registry, a figure's year is one its source's data describe, and passages that draw on one
 * person's view (blog, column, interview) are listed for a human to read.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { opinionKinds, supportedYears, type SourceKind } from '../../schemas/source.ts';
import type { SourceRegistry } from '../../model/sources/registry.ts';
import type { ParsedPage } from './parse.ts';
import type { Problem } from './rules.ts';
import { withParticle } from '../../lib/korean-particles.ts';

/** A passage a person should read: it draws on a blog, a column or an interview. */
export interface ReviewItem {
  line: number;
  source: string;
  kind: SourceKind;
  text: string;
}

/**
 * Words by which a page tells the reader whose view a passage is. A line with one of them is a
 * passage drawing on that kind of source; a page that cites such a source but has none of them
 * states someone's view without saying whose.
 */
export const attributionCues: Readonly<Record<string, readonly string[]>> = {
  blog: ['블로그', '글쓴이', '에 관한 글', '한 글'],
  column: ['칼럼', '글쓴이'],
  interview: ['인터뷰', '현장 CS 매니저', '현장 이야기', '현장 전문가'],
};

function lineOf(node: unknown, page: ParsedPage, fallback: number): number {
  const start = (node as Node | null | undefined)?.range?.[0];
  return start === undefined ? fallback : page.frontmatterLine(start);
}

/** The page's `sources` ids with their lines; a non-id entry is a problem (sources are named by id). */
function pageSourceIds(root: ReturnType<Document['get']>, page: ParsedPage, problems: Problem[]): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  if (!isSeq(root)) return out;
  for (const item of root.items) {
    const line = lineOf(item, page, 1);
    if (isScalar(item) && typeof item.value === 'string') out.push({ id: item.value, line });
    else problems.push({ line, message: 'sources: 출처는 content/sources.yaml의 id로만 적어요 (제목·발행처는 목록에 한 번만)' });
  }
  return out;
}

/** Registry rules for one page's frontmatter. */
export function checkPageSources(doc: Document, page: ParsedPage, registry: SourceRegistry): Problem[] {
  const problems: Problem[] = [];
  const root = doc.contents;
  if (!isMap(root)) return problems;

  const pageIds = new Set<string>();
  for (const { id, line } of pageSourceIds(root.get('sources', true), page, problems)) {
    pageIds.add(id);
    if (!registry.has(id)) problems.push({ line, message: `sources: 출처 목록에 없는 id예요: "${id}"` });
  }

  // A figure without a year or with a source the page does not list is already reported by checkFigures.
  const checkFigure = (item: unknown, name: string) => {
    if (!isMap(item) || !item.has('year')) return;
    const id = item.get('source');
    if (typeof id !== 'string' || !pageIds.has(id)) return;
    const source = typeof id === 'string' ? registry.get(id) : undefined;
    const itemLine = lineOf(item, page, 1);
    if (typeof id === 'string' && !source) {
      problems.push({ line: lineOf(item.get('source', true), page, itemLine), message: `${name}: 출처 목록에 없는 id예요: "${id}"` });
      return;
    }
    if (!source) return;
    const label = item.get('label');
    const who = typeof label === 'string' ? `${name} "${label}"` : name;
    const year = item.get('year');
    const years = supportedYears(source);
    const yearLine = lineOf(item.get('year', true), page, itemLine);
    if (years.length === 0 && typeof year === 'number') {
      const published = source.year === year ? ` ${year}년은 발행 연도예요.` : '';
      problems.push({
        line: yearLine,
        message: `${who}: 출처 "${source.id}"는 수치의 기준 연도를 밝히지 않아요.${published} year: null로 적어요 (기준 연도 안 밝힘)`,
      });
    } else if (years.length > 0 && !years.includes(year as number)) {
      problems.push({
        line: yearLine,
        message: `${who}: 기준 연도 ${withParticle(year === undefined ? '없음(null)' : String(year), '은')} 출처 "${source.id}"가 다루는 해(${years.join(', ')})가 아니에요`,
      });
    }
  };
  const figures = root.get('figures', true);
  if (isSeq(figures)) figures.items.forEach((item, i) => checkFigure(item, `figures[${i}]`));
  const pay = root.get('officialPay', true);
  if (isMap(pay)) checkFigure(pay, 'officialPay');

  const steps = root.get('steps', true);
  if (isSeq(steps)) {
    steps.items.forEach((step, i) => {
      const time = isMap(step) ? step.get('time', true) : undefined;
      const id = isMap(time) ? time.get('source') : undefined;
      if (typeof id === 'string' && !registry.has(id)) {
        problems.push({ line: lineOf(time, page, 1), message: `steps[${i}].time: 출처 목록에 없는 id예요: "${id}"` });
      }
    });
  }
  return problems;
}

/**
 * Passages of one page that draw on opinion sources: figures citing them, body lines that name
 * such a source, and, when a page cites one without any such line, the page itself.
 */
export function reviewPassages(text: string, doc: Document | null, page: ParsedPage, registry: SourceRegistry): ReviewItem[] {
  const root = doc?.contents;
  if (!isMap(root)) return [];
  const ignored: Problem[] = [];
  const opinions = pageSourceIds(root.get('sources', true), page, ignored)
    .map(({ id, line }) => ({ source: registry.get(id), line }))
    .filter((x): x is { source: NonNullable<typeof x.source>; line: number } => !!x.source && opinionKinds.includes(x.source.kind));
  if (opinions.length === 0) return [];

  const items: ReviewItem[] = [];
  const figures = root.get('figures', true);
  if (isSeq(figures)) {
    for (const f of figures.items) {
      if (!isMap(f)) continue;
      const hit = opinions.find((o) => o.source.id === f.get('source'));
      if (hit)
        items.push({
          line: lineOf(f, page, 1),
          source: hit.source.id,
          kind: hit.source.kind,
          text: `수치: ${String(f.get('label'))} = ${String(f.get('value'))}`,
        });
    }
  }

  const lines = text.split('\n');
  const bodyStart = page.frontmatter ? lines.indexOf('---', 1) + 1 : 0;
  for (const o of opinions) {
    const cues = attributionCues[o.source.kind] ?? [];
    let found = false;
    lines.forEach((l, i) => {
      if (i < bodyStart || !cues.some((c) => l.includes(c))) return;
      found = true;
      items.push({ line: i + 1, source: o.source.id, kind: o.source.kind, text: l.trim() });
    });
    if (!found) {
      items.push({
        line: o.line,
        source: o.source.id,
        kind: o.source.kind,
        text: '이 출처를 드는데 본문 어디에도 누구의 생각인지 밝힌 곳이 없어요',
      });
    }
  }
  // One passage can name two sources of the same kind: list it once.
  const seen = new Set<string>();
  return items
    .filter((it) => {
      const key = `${it.line}|${it.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

/**
 * `source` / `sources` references in YAML data (NCS records, lesson and curriculum files): each id
 * must be in the registry. A source written out in place (title, publisher …) is a `notice`: it
 * belongs in the registry, but moving it is the data owner's change, so it does not fail the check.
 */
export function checkYamlSourceRefs(
  data: unknown,
  registry: SourceRegistry,
  lineAt: (path: PropertyKey[]) => number,
): { problems: Problem[]; notices: Problem[] } {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const name = (path: PropertyKey[]) => path.map(String).join('.');
  const checkId = (id: string, path: PropertyKey[]) => {
    if (!registry.has(id)) problems.push({ line: lineAt(path), message: `${name(path)}: 출처 목록에 없는 id예요: "${id}"` });
  };
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const at = [...path, key];
      if (key === 'source' && typeof v === 'string') checkId(v, at);
      else if (key === 'sources' && Array.isArray(v)) {
        v.forEach((s, i) => {
          if (typeof s === 'string') checkId(s, [...at, i]);
          else
            notices.push({
              line: lineAt([...at, i]),
              message: `${name([...at, i])}: 출처를 그 자리에 적었어요. content/sources.yaml에 넣고 id로 가리켜요`,
            });
        });
      } else visit(v, at);
    }
  };
  visit(data, []);
  return { problems, notices };
}
