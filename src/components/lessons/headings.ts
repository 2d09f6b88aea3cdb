/** The table of contents of a lesson page, in the order LessonDesignView renders its headings. */
import type { Heading } from '../../lib/page-nav.ts';
import type { LessonDesign } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';

export function lessonHeadings(d: LessonDesign): Heading[] {
  return [
    ...(d.gaps.length > 0 ? [{ depth: 2, slug: 'gaps', text: L.gaps }] : []),
    { depth: 2, slug: 'overview', text: L.overview },
    { depth: 3, slug: 'standards', text: L.standards },
    { depth: 2, slug: 'goals', text: L.goals },
    { depth: 2, slug: 'plan', text: L.plan },
    { depth: 2, slug: 'supplies', text: L.supplies },
    { depth: 2, slug: 'process', text: L.process },
    ...d.periodPlans.map((p) => ({
      depth: 3,
      slug: `period-${p.period}`,
      text: `${L.processPeriod(p.period, d.minutesPerPeriod)} ${p.title}`,
    })),
    { depth: 2, slug: 'assessment', text: L.assessment },
    { depth: 2, slug: 'ncs', text: L.ncs },
    { depth: 2, slug: 'sources', text: L.sources },
    { depth: 2, slug: 'worksheet', text: L.worksheet },
    ...(d.handouts.length > 0 ? [{ depth: 2, slug: 'handouts', text: L.handouts }] : []),
    { depth: 2, slug: 'regenerate', text: L.regenerate },
  ];
}
