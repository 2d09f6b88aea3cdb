/**
 * What kind of page a URL is, decided centrally from the route table (src/model/routes.ts) so page
 * authors need not declare it. The labels are the values of the 종류 filter.
 */

export const PAGE_KINDS = ['직업', 'NCS 능력단위', '수업 설계', '진로 경로', '안내'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Filter names as shown to people (Pagefind filter keys). */
export const FILTER_KIND = '종류';
export const FILTER_NCS_LEVEL = 'NCS 수준';
export const FILTER_SCHOOL = '학교급';

export interface PageClass {
  kind: PageKind;
  /** Who the page is written for, shown as metadata. */
  audience: '학생' | '선생님' | '학생·선생님';
}

/** A page the search index holds. */
export interface IndexedPage {
  path: string;
  title: string;
  class: PageClass;
}
