/**
 * Words that name the same thing on this site. Each group is matched with spaces removed and
 * in lower case. Index time: a page that contains one member also gets the others as
 * index-only words, so CX finds a page that only says 고객경험. Query time: the members are
 * marked in excerpts.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cs', '고객서비스', '고객만족'],
  ['cx', '고객경험'],
  ['voc', '고객의소리'],
  ['csm', '고객서비스매니저', '고객성공매니저'],
  ['kpi', '핵심성과지표'],
  ['ncs', '국가직무능력표준'],
  ['crm', '고객관계관리'],
  ['cs강사', 'cs교육강사', '서비스강사'],
  ['콜센터', '컨택센터', '콘택트센터', '고객센터'],
  ['승무원', '스튜어디스', '객실승무원'],
  ['프런트', '프론트'],
  ['리더십', '리더쉽'],
  ['텔레마케터', '텔레마케팅'],
  ['상담원', '상담사'],
  ['연봉', '임금', '급여', '월급'],
  ['자기소개서', '자소서'],
];

/** Loanword spellings students write that the sound key does not catch. */
export const SPELLING_FIXES: Readonly<Record<string, string>> = {
  프론트: '프런트',
  리더쉽: '리더십',
  컨텍센터: '컨택센터',
  콜샌터: '콜센터',
  메뉴얼: '매뉴얼',
  커뮤니캐이션: '커뮤니케이션',
  컴뮤니케이션: '커뮤니케이션',
  스튜디어스: '스튜어디스',
  스트레쓰: '스트레스',
};

export function compact(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

const byMember = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const m of group) byMember.set(m, group);

/** The other members of every group the word belongs to (lower case, no spaces). */
export function synonymsOf(word: string): string[] {
  const group = byMember.get(compact(word));
  return group ? group.filter((m) => m !== compact(word)) : [];
}

/** Groups with a member occurring in the text (compared without spaces, in lower case). */
export function groupsIn(text: string): (readonly string[])[] {
  const lower = text.toLowerCase();
  const flat = compact(text);
  // ASCII abbreviations must stand alone: 'cs' inside 'physics' is not CS.
  return SYNONYM_GROUPS.filter((g) =>
    g.some((m) => (/^[a-z]+$/.test(m) ? new RegExp(`(^|[^a-z])${m}([^a-z]|$)`).test(lower) : flat.includes(m))),
  );
}
