/**
 * What the generator says about a request it cannot make, in a teacher's words: no flag, no form
 * field, no internal key (the command line and the designer add where the request came from).
 */
import { withParticle } from '../lib/korean-particles.ts';

export const requestProblems = {
  noSuchJob: (slug: string, known: readonly string[]) => `직업 ${withParticle(`"${slug}"`, '이')} 없어요. 있는 직업: ${known.join(', ')}`,
  noSuchUnit: (code: string) => `능력단위 ${withParticle(`"${code}"`, '이')} NCS 자료에 없어요`,
  emptySeries: '연속 수업에 넣을 능력단위가 없어요',
  periodTooShort: (period: number, needed: number, minutes: number) =>
    `${period}차시 활동에 적어도 ${needed}분이 필요해서 ${minutes}분 차시에 들어가지 않아요. 차시 길이를 늘리거나 차시 수를 늘려요`,
};
