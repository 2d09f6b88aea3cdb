import type { SourceKind } from '../schemas/source.ts';

/**
 * Every citation on the site (pages, figures, NCS records, lesson designs, .docx) uses these words.
 * A publisher or year we do not know is left out of the citation rather than named as unknown
 * ("발행처 미상" is not a student's word); a source's note says so where it matters.
 */
export const sourceWords = {
  heading: '출처',
  kind: {
    official: '공공 자료',
    law: '법령',
    news: '신문 기사',
    blog: '블로그 글',
    column: '칼럼',
    interview: '인터뷰',
    seed: '참고 자료',
  } satisfies Record<SourceKind, string>,
  date: (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}년 ${m}월 ${d}일`;
  },
  year: (year: number) => `${year}년`,
  dataYears: (years: readonly number[]) => `${formatYears(years)} 수치`,
  retrieved: (iso: string) => `${sourceWords.date(iso)} 내려받음`,
  via: (title: string) => `${title}에서 다시 인용`,
  /** A figure whose source does not say which year it describes (the year column / the phone line). */
  figureYearUnknown: '안 밝힘',
  figureYearUnknownInline: '기준 연도 안 밝힘',
  figureYear: (year: number) => `${year}년 기준`,
  opinionNote: '한 사람의 경험과 생각을 담은 글이에요. 공식 통계나 조사가 아니에요.',
};

/** 2018, 2019, 2020 → "2018–2020년"; 2015, 2025 → "2015년·2025년". */
function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  if (sorted.length > 2 && consecutive) return `${sorted[0]}–${sorted[sorted.length - 1]}년`;
  return sorted.map((y) => `${y}년`).join('·');
}
