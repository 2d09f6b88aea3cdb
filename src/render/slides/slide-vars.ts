/**
 * The slides' geometry (geometry.ts) as CSS custom properties in container units, so 수업 화면
 * scales the .pptx's layout to whatever width the slide has: 1 inch of the 13.33-inch slide is
 * 7.5% of its width.
 */
import { PAGE, TYPE } from './geometry.ts';

const inch = (value: number) => `${+((value / PAGE.width) * 100).toFixed(4)}cqw`;
const point = (value: number) => inch(value / 72);

export function slideVars(): string {
  const vars: Record<string, string> = {
    '--slide-margin': inch(PAGE.margin),
    '--slide-title-top': inch(PAGE.titleTop),
    '--slide-title-height': inch(PAGE.titleHeight),
    '--slide-body-top': inch(PAGE.bodyTop),
    '--slide-body-height': inch(PAGE.bodyHeight),
    '--slide-footer-top': inch(PAGE.footerTop),
    '--slide-footer-height': inch(PAGE.footerHeight),
    '--slide-card-padding': inch(PAGE.cardPadding),
    '--slide-title-size': point(TYPE.title),
    '--slide-title-line': point(TYPE.titleLine),
    '--slide-body-size': point(TYPE.body),
    '--slide-body-line': point(TYPE.bodyLine),
    '--slide-small-size': point(TYPE.small),
    '--slide-small-line': point(TYPE.smallLine),
    '--slide-gap': point(TYPE.gap),
    '--slide-item-gap': point(TYPE.itemGap),
    '--slide-indent': point(TYPE.indent),
    '--slide-footer-size': point(TYPE.footer),
  };
  return Object.entries(vars)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}
