/** Korean file names that say what the file is, e.g. 진로탐구_CS매니저_고2_3차시.docx. */
import type { LessonDesign } from '../model/lesson/types.ts';

const SCHOOL_SHORT: Record<string, string> = { middle: '중', high: '고' };

export function designFileBase(design: LessonDesign, grade: number | null): string {
  const kind = design.kind === 'job-series' ? '진로탐구' : 'NCS역량수업';
  const subject = design.job ? design.job.title.replace(/\s*\(.*$/, '') : (design.unit?.name ?? design.title);
  const school = `${SCHOOL_SHORT[design.audience.school] ?? ''}${grade ?? '1-3'}`;
  return [kind, subject, school, `${design.periods}차시`]
    .map((part) => part.replace(/[\\/:*?"<>|\s]+/g, ''))
    .filter((part) => part !== '')
    .join('_');
}
