/**
 * `lessonDocument(design, options)`: a lesson design as one document tree, built once and drawn
 * by every format (page, designer, print, .docx) with one handler per node type. The order of the
 * parts here is the order of the document everywhere.
 */
import type { LessonDesign } from '../types.ts';
import type { LessonDocumentRoot } from './nodes.ts';
import { section } from './make.ts';
import { designerLinkPart, handoutsPart, sourcesPart, worksheetPart } from './parts-materials.ts';
import { ncsPart } from './parts-ncs.ts';
import { gapsPart, goalsPart, overviewPart, planPart, suppliesPart } from './parts-overview.ts';
import { assessmentPart, processPart } from './parts-process.ts';

export interface LessonDocumentOptions {
  /**
   * The designer's address for this design (src/designer/design-link.ts), on lesson pages: the
   * document then ends with where to make it again with other options. Null elsewhere.
   */
  designerQuery?: string | null;
  /**
   * The address the site is served from, with its base and a final "/" (https://school.example.kr/career/):
   * in a build SITE_URL and the base, in the designer the page's own origin and base. Every site
   * reference then carries its page's full address. Null or absent when it is not known.
   */
  siteAddress?: string | null;
}

export function lessonDocument(design: LessonDesign, options: LessonDocumentOptions = {}): LessonDocumentRoot {
  const address = options.siteAddress ?? null;
  return {
    type: 'root',
    title: design.title,
    summary: design.summary,
    children: [
      ...gapsPart(design),
      ...overviewPart(design),
      ...goalsPart(design),
      ...planPart(design),
      ...suppliesPart(design, address),
      // The process, assessment, sources and worksheet follow one template on every design: indexed,
      // they would make every design match every lesson word (see the search index policy).
      section({ searchIgnore: true }, [...processPart(design, address), ...assessmentPart(design)]),
      ...ncsPart(design),
      section({ searchIgnore: true }, [
        sourcesPart(design),
        worksheetPart(design),
        ...handoutsPart(design, address),
        ...designerLinkPart(design, options.designerQuery ?? null),
      ]),
    ],
  };
}
