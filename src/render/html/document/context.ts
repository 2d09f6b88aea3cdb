/** What the HTML handlers share while they draw one document. */
import type { ItemNode } from '../../../model/lesson/document/nodes.ts';

export interface HtmlContext {
  /** The site base, e.g. "/" or "/career/": every link into the site starts with it. */
  base: string;
  /**
   * Draws an item node (text from the design) some other way, or returns null to draw it as
   * usual. The designer draws its editable places with it.
   */
  item?: ((node: ItemNode) => string | null) | undefined;
}
