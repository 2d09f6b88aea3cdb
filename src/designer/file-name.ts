/** Korean file names that say what the file is, e.g. 진로탐구_CS매니저_고2_3차시.docx, or for a series of units NCS역량수업_고객관리계획수립외1_고2_2차시.docx. */
import type { LessonDesign } from '../model/lesson/types.ts';
import { optionLabels } from '../ui/lesson-options.ts';
import { shortened, withoutInvisibles } from '../lib/invisible-chars.ts';

export function designFileBase(design: LessonDesign, grade: number | null): string {
  const kind = design.kind === 'job-series' ? '진로탐구' : 'NCS역량수업';
  const units = design.ncs.units;
  // A series of units is named by its first unit and how many follow: 고객관리계획수립외1.
  const series = design.kind === 'unit-lesson' && units.length > 1 ? `${units[0]!.name}외${units.length - 1}` : null;
  const subject = design.job ? design.job.title.replace(/\s*\(.*$/, '') : (series ?? design.unit?.name ?? design.title);
  const school = `${optionLabels.schoolShort[design.audience.school] ?? ''}${grade ?? '1-3'}`;
  return (
    [kind, subject, school, `${design.periods}차시`]
      // What no file system takes, what shows nothing, and a length every file system takes (255 bytes; Hangul is 3).
      .map((part) => shortened(withoutInvisibles(part).replace(/[\\/:*?"<>|\s]+/g, ''), 40, ''))
      .filter((part) => part !== '')
      .join('_')
  );
}
