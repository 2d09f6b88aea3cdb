import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { HeadingAt, ParsedPage } from './parse.ts';
import { withParticle } from '../../lib/korean-particles.ts';

export interface Problem {
  line: number;
  message: string;
}

/**
 * The h2 sections every job page has, in this order (issues 3 and 17). The page itself starts with
 * the job (summary, a day at work, good and hard sides from the frontmatter) and ends with
 * "자료와 출처" (records, codes, NCS units, sources), so the body holds only what comes between.
 */
export const jobSections = ['하는 일', '잘 맞는 사람', '되는 길', '임금과 전망', '관련 직업'] as const;

/**
 * Components that show a job's frontmatter facts inside its sections: without them the page would
 * hold the data but never show it.
 */
export const jobSectionComponents: Readonly<Record<string, string>> = {
  '되는 길': 'JobCertificates',
  '임금과 전망': 'PayAndOutlook',
  '관련 직업': 'RelatedJobs',
};

/** The h3 parts of "되는 길", in order: school, certificates, and what a student can do now. */
export const pathSubsections = ['학교와 전공', '자격증', '지금 해 볼 수 있는 일'] as const;

/**
 * The layout renders the page title as h1, so a page's own headings start at h2 and go down one
 * level at a time: a skipped level breaks the outline screen-reader users move through.
 */
export function checkHeadingLevels(headings: readonly HeadingAt[]): Problem[] {
  const problems: Problem[] = [];
  let previous = 1;
  for (const h of headings) {
    if (h.depth === 1) {
      problems.push({ line: h.line, message: `본문에 h1 제목이 있어요: "${h.text}" (페이지 제목 title이 h1이 되니 본문은 h2부터 써요)` });
    } else if (h.depth > previous + 1) {
      const message =
        previous === 1
          ? `첫 제목이 ${withParticle(`h${h.depth}`, '이에요')}: "${h.text}" (본문은 h2부터 시작해요)`
          : `제목 단계를 건너뛰었어요: h${previous} 다음에 h${h.depth} "${h.text}"`;
      problems.push({ line: h.line, message });
    }
    previous = Math.max(h.depth, 1);
  }
  return problems;
}

/** Indexes (into `xs`) of one longest strictly increasing subsequence. */
function longestIncreasing(xs: readonly number[]): Set<number> {
  const best: number[] = xs.map(() => 1);
  const prev: number[] = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (xs[j]! < xs[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  const keep = new Set<number>();
  let i = best.indexOf(Math.max(0, ...best));
  while (i >= 0) {
    keep.add(i);
    i = prev[i]!;
  }
  return keep;
}

/** Checks that `found` headings are exactly `required`, once each, in order. */
function checkSequence(
  found: readonly HeadingAt[],
  required: readonly string[],
  marks: string,
  missingLine: (name: string) => number,
  where: string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, HeadingAt>();
  const known: HeadingAt[] = [];
  for (const h of found) {
    if (!required.includes(h.text)) {
      problems.push({ line: h.line, message: `${where}에 정해진 섹션이 아니에요: "${marks} ${h.text}"` });
    } else if (seen.has(h.text)) {
      problems.push({ line: h.line, message: `${where}에 같은 섹션이 두 번 나와요: "${marks} ${h.text}"` });
    } else {
      seen.set(h.text, h);
      known.push(h);
    }
  }
  const inOrder = longestIncreasing(known.map((h) => required.indexOf(h.text)));
  known.forEach((h, i) => {
    if (inOrder.has(i)) return;
    const at = required.indexOf(h.text);
    const after = required[at - 1];
    const before = required[at + 1];
    const place = [after && `"${after}" 다음`, before && `"${before}" 앞`].filter(Boolean).join(', ');
    problems.push({ line: h.line, message: `섹션 순서가 맞지 않아요: "${marks} ${h.text}" → ${place}에 와야 해요` });
  });
  for (const name of required) {
    if (!seen.has(name)) problems.push({ line: missingLine(name), message: `${where}에 필수 섹션이 없어요: "${marks} ${name}"` });
  }
  return problems;
}

/** Job pages share one outline so students can compare jobs section by section. */
export function checkJobSections(page: ParsedPage): Problem[] {
  const h2 = page.headings.filter((h) => h.depth === 2);
  // A missing section is reported where it should have been: at the next required section that is there.
  const lineOfNextPresent = (name: string, required: readonly string[], present: readonly HeadingAt[], fallback: number) => {
    for (const later of required.slice(required.indexOf(name) + 1)) {
      const h = present.find((p) => p.text === later);
      if (h) return h.line;
    }
    return fallback;
  };
  const problems = checkSequence(h2, jobSections, '##', (name) => lineOfNextPresent(name, jobSections, h2, page.lastLine), '직업 페이지');

  for (const [section, component] of Object.entries(jobSectionComponents)) {
    const h = h2.find((x) => x.text === section);
    if (!h) continue;
    const end = h2.find((x) => x.line > h.line)?.line ?? Number.POSITIVE_INFINITY;
    if (!page.components.some((c) => c.name === component && c.line > h.line && c.line < end)) {
      problems.push({ line: h.line, message: `"## ${section}" 섹션에 자료를 보여 주는 컴포넌트가 없어요: <${component} />` });
    }
  }

  const path = h2.find((h) => h.text === '되는 길');
  if (path) {
    const start = page.headings.indexOf(path);
    const next = page.headings.findIndex((h, i) => i > start && h.depth <= 2);
    const inside = page.headings.slice(start + 1, next === -1 ? undefined : next).filter((h) => h.depth === 3);
    problems.push(
      ...checkSequence(
        inside,
        pathSubsections,
        '###',
        (name) => lineOfNextPresent(name, pathSubsections, inside, path.line),
        '"되는 길" 섹션',
      ),
    );
  }
  return problems;
}

function lineOf(node: Node | null | undefined, page: ParsedPage, fallback: number): number {
  const start = node?.range?.[0];
  return start === undefined ? fallback : page.frontmatterLine(start);
}

/** Every figure in frontmatter needs a year (null when its source gives none) and a source that the page lists. */
export function checkFigures(doc: Document, page: ParsedPage): Problem[] {
  const problems: Problem[] = [];
  const root = doc.contents;
  if (!isMap(root)) return problems;

  const sourceIds = new Set<string>();
  const sources = root.get('sources', true);
  if (isSeq(sources)) {
    for (const s of sources.items) {
      if (isScalar(s) && typeof s.value === 'string') sourceIds.add(s.value);
    }
  }

  const checkOne = (item: unknown, name: string) => {
    const itemLine = lineOf(item as Node, page, 1);
    if (!isMap(item)) {
      problems.push({ line: itemLine, message: `${name}: 수치는 label, value, year, source를 가진 항목이어야 해요` });
      return;
    }
    const label = item.get('label');
    const who = typeof label === 'string' ? `${name} "${label}"` : name;
    const year = item.get('year');
    if (!item.has('year') || year === '') {
      problems.push({ line: itemLine, message: `${who}: 기준 연도(year)가 없어요 (출처가 밝히지 않으면 year: null)` });
    }
    const source = item.get('source');
    if (source === undefined || source === null || source === '') {
      problems.push({ line: itemLine, message: `${who}: 출처(source)가 없어요` });
    } else if (!sourceIds.has(String(source))) {
      const node = item.get('source', true);
      problems.push({
        line: lineOf(isScalar(node) ? node : undefined, page, itemLine),
        message: `${who}: sources에 없는 출처예요: "${String(source)}"`,
      });
    }
  };

  const figures = root.get('figures', true);
  if (isSeq(figures)) figures.items.forEach((item, i) => checkOne(item, `figures[${i}]`));
  const pay = root.get('officialPay', true);
  if (pay && !(isScalar(pay) && pay.value === null)) checkOne(pay, 'officialPay');
  return problems;
}
