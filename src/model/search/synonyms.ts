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
  ['승무원', '스튜어디스', '객실승무원', '캐빈크루', '캐빈승무원', '스튜어드', '항공승무원'],
  ['프런트', '프론트'],
  // 호텔프런트사무원's other name in the dictionary is 리셉션리스트 (facts.md §7); students say 리셉셔니스트.
  // 호텔리어 is anyone who works in a hotel; the site's hotel job is the front desk.
  ['호텔프런트', '리셉셔니스트', '리셉션리스트', '리셉션', '프런트데스크', '호텔리어'],
  // Everyday words for the self-check: the page calls itself a 자가 진단.
  ['자가진단', '자기진단', '테스트', '적성검사', '적성테스트', '진로테스트', '직업테스트', '성향테스트', '심리테스트', '셀프체크'],
  ['리더십', '리더쉽'],
  ['텔레마케터', '텔레마케팅'],
  ['상담원', '상담사'],
  ['연봉', '임금', '급여', '월급'],
  ['자기소개서', '자소서'],
  // The certificate CS Leaders(관리사) is known by its Korean spelling.
  ['leaders', '리더스', 'cs리더스', 'cs리더스관리사', '씨에스리더스'],
];

/** Loanword spellings students write that the sound key does not catch. */
export const SPELLING_FIXES: Readonly<Record<string, string>> = {
  프론트: '프런트',
  리더쉽: '리더십',
  컨텍센터: '컨택센터',
  컨텍: '컨택',
  매니져: '매니저',
  메니져: '매니저',
  리셉션니스트: '리셉셔니스트',
  캐빈크류: '캐빈크루',
  콜샌터: '콜센터',
  메뉴얼: '매뉴얼',
  커뮤니캐이션: '커뮤니케이션',
  컴뮤니케이션: '커뮤니케이션',
  스튜디어스: '스튜어디스',
  스트레쓰: '스트레스',
};

/** Loanword endings students spell as they hear them (고객센타, 콜쎈타): the tail is fixed, the rest kept. */
export const SPELLING_TAIL_FIXES: readonly (readonly [string, string])[] = [
  ['센타', '센터'],
  ['쎈터', '센터'],
  ['쎈타', '센터'],
];

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
