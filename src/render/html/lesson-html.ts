/**
 * A lesson design as HTML: the one renderer of the lesson pages and the 수업 설계 도우미. Plain
 * TypeScript (no Astro, no I/O) so the build and the browser draw the same markup. Every value
 * from the design is escaped.
 */
import { routes } from '../../model/routes.ts';
import { withBase } from '../../lib/base-path.ts';
import {
  isBlank,
  type Handout,
  type Item,
  type LessonDesign,
  type NcsUnitLink,
  type PeriodPlan,
  type StandardRef,
  type VocationalArea,
  type Worksheet,
} from '../../model/lesson/types.ts';
import { designerText as T } from '../../ui/designer.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { tableScroll } from '../../ui/strings.ts';
import { citeSource } from '../../model/sources/cite.ts';
import { attr, escapeHtml as e } from './escape.ts';

/**
 * Draws an editable place instead of the plain text at `path` (dotted, e.g. "goals.0"), or
 * returns null to draw it as usual. Only the designer passes one.
 */
export type ItemEditor = (path: string, item: Item) => string | null;

export interface LessonHtmlOptions {
  /** The site base, e.g. "/" or "/career/": every link in the design starts with it. */
  base: string;
  editor?: ItemEditor;
  /** Extra HTML at the end of the design (e.g. the link to the designer on lesson pages). */
  after?: string;
}

interface Ctx {
  base: string;
  editor: ItemEditor | undefined;
}

export function lessonDesignHtml(d: LessonDesign, options: LessonHtmlOptions): string {
  const c: Ctx = { base: options.base, editor: options.editor };
  const a = L.assessmentColumns;
  const r = L.rubricColumns;
  const link = (path: string, text: string) => `<a${attr('href', withBase(c.base, path))}>${text}</a>`;

  const gaps =
    d.gaps.length > 0
      ? `<div class="note lesson-gaps" role="note" aria-labelledby="gaps" data-search-ignore><h2 id="gaps">${e(L.gaps)}</h2><ul>${d.gaps
          .map((g) => `<li>${e(g)}</li>`)
          .join('')}</ul></div>`
      : '';

  const job = d.job
    ? `<tr><th scope="row">${e(L.kindNames['job-series']!)}</th><td>${link(routes.job(d.job.slug), e(d.job.title))} · ${e(
        L.activityNames[d.options.activity] ?? d.options.activity,
      )}</td></tr>`
    : '';
  const standards =
    (d.standardsCheck ? `<p class="lesson-check" role="note">${e(d.standardsCheck)}</p>` : '') +
    standardsHtml(d.standards) +
    (d.standardsNote ? `<p>${itemText(c, d.standardsNote, 'standardsNote')}</p>` : '');

  const overview =
    `<h2 id="overview">${e(L.overview)}</h2><table class="lesson-keyvalue"><tbody>` +
    `<tr><th scope="row">${e(L.unitName)}</th><td>${itemText(c, d.title, 'title')}</td></tr>` +
    `<tr><th scope="row">${e(L.audience)}</th><td>${e(d.audience.label)}</td></tr>` +
    `<tr><th scope="row">${e(L.periods)}</th><td>${e(L.periodsValue(d.periods, d.minutesPerPeriod))}</td></tr>` +
    job +
    '</tbody></table>' +
    // Quotations need room: under their own heading, not in a table row that cannot break across pages.
    `<h3 id="standards">${e(L.standards)}</h3>${standards}`;

  const goals = `<h2 id="goals">${e(L.goals)}</h2><ul>${d.goals.map((g, i) => `<li>${itemText(c, g, `goals.${i}`)}</li>`).join('')}</ul>`;

  const plan =
    `<h2 id="plan">${e(L.plan)}</h2>` +
    tableWrap(
      L.plan,
      `<table><thead><tr><th scope="col">${e(L.planPeriod)}</th><th scope="col">${e(L.planTitle)}</th><th scope="col">${e(
        L.planGoals,
      )}</th></tr></thead><tbody>${d.periodPlans
        .map(
          (p, i) =>
            `<tr><th scope="row"><a${attr('href', `#period-${p.period}`)}>${e(L.processPeriod(p.period, d.minutesPerPeriod))}</a></th><td>${e(
              p.title,
            )}</td><td>${itemLines(c, p.goals, `periodPlans.${i}.goals`)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );

  const supplies =
    `<h2 id="supplies">${e(L.supplies)}</h2><p class="lesson-small lesson-lead-in">${e(L.suppliesIntro)}</p>` +
    `<ul class="lesson-supplies">${d.supplies
      .map((p) => `<li><strong>${e(L.suppliesPeriod(p.period))}</strong><ul>${p.items.map((x) => `<li>${e(x)}</li>`).join('')}</ul></li>`)
      .join('')}</ul>`;

  // The process, assessment, sources and worksheet follow one template on every design: indexed,
  // they would make every design match every lesson word (see the search index policy).
  const process =
    `<div data-search-ignore><h2 id="process">${e(L.process)}</h2>` +
    d.periodPlans
      .map(
        (p, i) =>
          `<section class="lesson-period"${attr('aria-labelledby', `period-${p.period}`)}><h3${attr('id', `period-${p.period}`)}>${e(
            L.processPeriod(p.period, d.minutesPerPeriod),
          )} ${e(p.title)}</h3>${processTable(c, p, `periodPlans.${i}`)}</section>`,
      )
      .join('') +
    `<h2 id="assessment">${e(L.assessment)}</h2>` +
    tableWrap(
      L.assessment,
      `<table><thead><tr><th scope="col">${e(a.method)}</th><th scope="col">${e(a.criteria)}</th><th scope="col">${e(
        a.timing,
      )}</th></tr></thead><tbody>${d.assessment.items
        .map(
          (item, i) =>
            `<tr><td>${e(item.method)}</td><td>${itemText(c, item.criteria, `assessment.items.${i}.criteria`)}</td><td>${e(item.timing)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    ) +
    `<h3 id="rubric">${e(L.rubric)}</h3>` +
    tableWrap(
      L.rubric,
      `<table class="lesson-rubric"><thead><tr><th scope="col">${e(r.criterion)}</th><th scope="col">${e(r.high)}</th><th scope="col">${e(
        r.middle,
      )}</th><th scope="col">${e(r.low)}</th></tr></thead><tbody>${d.assessment.rubric
        .map(
          (row, i) =>
            `<tr><th scope="row">${itemText(c, row.criterion, `assessment.rubric.${i}.criterion`)}</th><td>${e(row.high)}</td><td>${e(
              row.middle,
            )}</td><td>${e(row.low)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    ) +
    '</div>';

  const tail =
    `<div data-search-ignore><section class="lesson-keep" aria-labelledby="sources"><h2 id="sources">${e(L.sources)}</h2><ul>${d.sources
      .map((s) => `<li>${e(citeSource(s, { url: true }))}</li>`)
      .join('')}</ul></section>` +
    worksheetHtml(c, d.worksheet) +
    handoutsHtml(c, d.handouts) +
    (options.after ?? '') +
    '</div>';

  return `<div class="lesson">${gaps}${overview}${goals}${plan}${supplies}${process}${ncsLinks(c, d)}${tail}</div>`;
}

function itemText(c: Ctx, item: Item, path: string): string {
  const edited = c.editor?.(path, item);
  if (edited !== null && edited !== undefined) return edited;
  return isBlank(item)
    ? `<span class="lesson-blank"><strong class="lesson-blank__label">${e(L.blankLabel)}</strong> ${e(item.blank)}</span>`
    : e(item);
}

/** One line as plain text, several as a list: table cells stay compact. */
function itemLines(c: Ctx, items: readonly Item[], path: string): string {
  if (items.length === 1) return itemText(c, items[0]!, `${path}.0`);
  if (items.length === 0) return '';
  return `<ul class="lesson-lines">${items.map((item, i) => `<li>${itemText(c, item, `${path}.${i}`)}</li>`).join('')}</ul>`;
}

/**
 * A wide table that scrolls sideways on a phone, focusable so the keyboard can scroll it too: the
 * site's table-scroll markup (src/components/TableScroll.astro), whose swipe hint shows while it overflows.
 */
function tableWrap(label: string, inner: string): string {
  return (
    `<div class="table-scroll lesson-table-wrap" data-table-scroll><p class="table-scroll__hint" data-search-ignore>${e(tableScroll.hint)}</p>` +
    `<section class="table-scroll__box" tabindex="0"${attr('aria-label', label)}>${inner}</section></div>`
  );
}

function processTable(c: Ctx, plan: PeriodPlan, path: string): string {
  const total = plan.steps.reduce((sum, s) => sum + s.minutes, 0);
  const k = L.columns;
  const caption = L.processCaption(plan.period);
  return tableWrap(
    caption,
    `<table class="lesson-process"><caption>${e(caption)}</caption><colgroup><col class="col-stage"><col class="col-element"><col class="col-teacher"><col class="col-student"><col class="col-minutes"><col class="col-materials"></colgroup>` +
      `<thead><tr><th scope="col">${e(k.stage)}</th><th scope="col">${e(k.element)}</th><th scope="col">${e(k.teacher)}</th><th scope="col">${e(
        k.student,
      )}</th><th scope="col">${e(k.minutes)}</th><th scope="col">${e(k.materials)}</th></tr></thead><tbody>` +
      plan.steps
        .map(
          (s, i) =>
            `<tr><th scope="row">${e(s.stage)}</th><td>${e(s.element)}</td><td>${itemLines(c, s.teacher, `${path}.steps.${i}.teacher`)}</td><td>${itemLines(
              c,
              s.student,
              `${path}.steps.${i}.student`,
            )}</td><td class="lesson-minutes">${e(L.minutes(s.minutes))}</td><td>${itemLines(c, s.materials, `${path}.steps.${i}.materials`)}</td></tr>`,
        )
        .join('') +
      `</tbody><tfoot><tr><th scope="row" colspan="4">${e(L.total)}</th><td class="lesson-minutes">${e(L.minutes(total))}</td><td></td></tr></tfoot></table>`,
  );
}

function ncsLinks(c: Ctx, d: LessonDesign): string {
  const { units, basicCompetences, note } = d.ncs;
  const unitHref = (u: NcsUnitLink) => withBase(c.base, routes.unit(u.code));
  const level = (u: NcsUnitLink) => (u.level === null ? L.noLevel : String(u.level));
  let out = `<h2 id="ncs">${e(L.ncs)}</h2>`;
  if (units.length === 0) out += `<p class="missing">${e(L.noUnits)}</p>`;
  if (d.kind === 'job-series' && units.length > 0) {
    out += tableWrap(
      L.ncs,
      `<table><thead><tr><th scope="col">${e(L.ncsUnit)}</th><th scope="col">${e(L.ncsCode)}</th><th scope="col">${e(L.ncsLevel)}</th><th scope="col">${e(
        L.ncsLevelMeaning,
      )}</th></tr></thead><tbody>${units
        .map(
          (u) =>
            `<tr><th scope="row"><a${attr('href', unitHref(u))}>${e(u.name)}</a></th><td>${e(u.code)}</td><td>${e(level(u))}</td><td>${e(
              u.levelMeaning ?? '',
            )}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
    // Elements and criteria, when imported, are listed per unit; what is missing is said once.
    const withElements = units.filter((u) => u.elements.length > 0);
    if (withElements.length > 0)
      out += `<ul>${withElements.map((u) => `<li><strong>${e(u.name)}</strong>: ${u.elements.map((el, i) => itemText(c, el, `ncs.units.${units.indexOf(u)}.elements.${i}`)).join(', ')}</li>`).join('')}</ul>`;
    if (units.some((u) => u.missing !== null)) out += `<p class="lesson-small">${e(L.ncsMissing)}: ${e(L.ncsJobMissing)}</p>`;
  }
  if (d.kind === 'unit-lesson') {
    out += units.map((u, i) => unitBlock(c, u, unitHref(u), `ncs.units.${i}`)).join('');
  }
  if (d.vocational) out += vocationalAreaHtml(d.vocational, 3);
  if (basicCompetences.length > 0) {
    out +=
      `<div class="lesson-keep"><h3 id="basic-competences">${e(L.ncsActivityBasic)}</h3><div data-search-ignore><p class="lesson-small">${e(note)}</p><ul>` +
      basicCompetences.map((b) => `<li><strong>${e(b.name)}</strong>(${e(b.subs.join(', '))}): ${e(b.why)}</li>`).join('') +
      '</ul></div></div>';
  }
  return out;
}

function unitBlock(c: Ctx, u: NcsUnitLink, href: string, path: string): string {
  const row = (label: string, cell: string) => `<tr><th scope="row">${e(label)}</th><td>${cell}</td></tr>`;
  const levelCell = (u.level === null ? e(L.noLevel) : e(u.level)) + (u.levelMeaning ? ` · ${e(u.levelMeaning)}` : '');
  const list = (items: readonly string[], field: string) => itemLines(c, items, `${path}.${field}`);
  const rows = [
    row(L.ncsCode, e(u.code)),
    row(L.ncsPath, e(u.classification.join(' › '))),
    row(L.ncsLevel, levelCell),
    ...(u.definition !== null ? [row(L.ncsDefinition, e(u.definition) + (u.definitionNote ? ` (${e(u.definitionNote)})` : ''))] : []),
    ...(u.elements.length > 0 ? [row(L.ncsElements, itemLines(c, u.elements, `${path}.elements`))] : []),
    ...(u.criteria.length > 0 ? [row(L.ncsCriteria, list(u.criteria, 'criteria'))] : []),
    ...(u.knowledge.length > 0 ? [row(L.ncsKnowledge, list(u.knowledge, 'knowledge'))] : []),
    ...(u.skills.length > 0 ? [row(L.ncsSkills, list(u.skills, 'skills'))] : []),
    ...(u.attitudes.length > 0
      ? [row(L.ncsAttitudes, list(u.attitudes, 'attitudes') + (u.ksaNote ? `<p class="lesson-small">${e(u.ksaNote)}</p>` : ''))]
      : []),
    ...(u.basicCompetences.length > 0 ? [row(L.ncsBasic, list(u.basicCompetences, 'basicCompetences'))] : []),
    ...(u.missing ? [row(L.ncsMissing, e(u.missing))] : []),
  ];
  return (
    `<div class="lesson-unit"><h3${attr('id', `unit-${u.code}`)}><a${attr('href', href)}>${e(u.name)}</a> <span class="badge">${e(
      u.level === null ? L.noLevel : `${L.ncsLevel} ${u.level}`,
    )}</span></h3>` +
    // The unit's own page is what search should find for this text.
    `<div data-search-ignore><table class="lesson-keyvalue"><tbody>${rows.join('')}</tbody></table></div></div>`
  );
}

/** The 전문교과 area of the same name as a unit: its note, then its standards quoted. Also drawn on the unit's page. */
export function vocationalAreaHtml(v: VocationalArea, level: 2 | 3): string {
  return (
    `<section class="lesson-vocational" aria-labelledby="vocational"><h${level} id="vocational">${e(L.vocational(v.area))}</h${level}><p class="lesson-small">${e(
      v.note,
    )}</p>` +
    standardsHtml(v.standards) +
    '</section>'
  );
}

/** Official standards as quotations, each with its area and, below H, what to check; then their curriculum and 고시 once. */
function standardsHtml(standards: readonly StandardRef[]): string {
  if (standards.length === 0) return '';
  const from = [...new Set(standards.map((s) => L.standardsFrom(s.curriculum, s.gosi)))];
  // One note for the list when every standard needs the same check; otherwise beside each one.
  const checks = new Set(standards.map((s) => s.check));
  const shared = checks.size === 1 && standards.length > 1 ? standards[0]!.check : null;
  return (
    `<ul class="lesson-standards">${standards
      .map(
        (s) =>
          `<li><figure class="lesson-quote"><blockquote><p><strong>${e(s.code)}</strong> ${e(s.text)}</p></blockquote><figcaption class="lesson-small">${e(
            L.standardArea(s.area),
          )}${s.check && !shared ? ` · <span class="lesson-check-inline">${e(s.check)}</span>` : ''}</figcaption></figure></li>`,
      )
      .join('')}</ul>` +
    (shared ? `<p class="lesson-small lesson-standards__from"><span class="lesson-check-inline">${e(shared)}</span></p>` : '') +
    from.map((f) => `<p class="lesson-small lesson-standards__from">${e(f)}</p>`).join('')
  );
}

/** Printable materials: tables to fill in and cards to cut out, each starting a printed page. */
function handoutsHtml(c: Ctx, handouts: readonly Handout[]): string {
  if (handouts.length === 0) return '';
  return (
    `<section class="lesson-handouts" aria-labelledby="handouts"><h2 id="handouts">${e(L.handouts)}</h2><div class="no-print"><p class="lesson-small">${e(
      L.handoutsIntro,
    )}</p></div>` +
    handouts
      .map((h, hi) => {
        const head = `<h3${attr('id', `handout-${h.id}`)}>${e(h.title)}</h3><p>${e(h.intro)}</p>`;
        if (h.kind === 'cards') {
          return `<div class="lesson-handout">${head}<p class="lesson-small">${e(L.cutHint)}</p><ul class="lesson-cards">${h.cards
            .map(
              (card) =>
                `<li class="lesson-card"><p class="lesson-card__title">${e(card.title)}</p>${card.lines.map((l) => `<p>${e(l)}</p>`).join('')}</li>`,
            )
            .join('')}</ul></div>`;
        }
        const empty = `<td></td>`.repeat(h.columns.length - 1);
        // Row labels like "①" need a narrow column; sentences to tick get a wide one.
        const labelShare = h.rows.every((r) => !isBlank(r) && r.length <= 4) ? 10 : 40;
        const other = (100 - labelShare) / (h.columns.length - 1);
        const percent = (share: number) => `${Number(share.toFixed(2))}%`;
        const cols = `<colgroup><col style="width:${percent(labelShare)}">${`<col style="width:${percent(other)}">`.repeat(h.columns.length - 1)}</colgroup>`;
        return (
          `<div class="lesson-handout">${head}<table class="lesson-handout__table lesson-handout__table--lines-${h.cellLines}">${cols}<thead><tr>${h.columns
            .map((col) => `<th scope="col">${e(col)}</th>`)
            .join('')}</tr></thead><tbody>` +
          h.rows.map((r, ri) => `<tr><th scope="row">${itemText(c, r, `handouts.${hi}.rows.${ri}`)}</th>${empty}</tr>`).join('') +
          `<tr class="lesson-handout__blank"><td${attr('colspan', String(h.columns.length))}></td></tr>`.repeat(h.emptyRows) +
          '</tbody></table></div>'
        );
      })
      .join('') +
    '</section>'
  );
}

function worksheetHtml(c: Ctx, w: Worksheet): string {
  return (
    `<section class="lesson-worksheet" aria-labelledby="worksheet"><h2 id="worksheet">${e(L.worksheet)}</h2><p><strong>${e(
      w.title,
    )}</strong></p><p>${e(L.worksheetName)}</p><p>${e(w.intro)}</p>` +
    w.sections
      .map(
        (section, si) =>
          `<div class="lesson-keep"><h3>${e(section.heading)}</h3><ol>${section.tasks
            .map(
              (task, ti) =>
                `<li>${itemText(c, task.prompt, `worksheet.sections.${si}.tasks.${ti}.prompt`)}<span class="lesson-write" aria-hidden="true">${'<span class="lesson-write__line"></span>'.repeat(
                  task.lines,
                )}</span></li>`,
            )
            .join('')}</ol></div>`,
      )
      .join('') +
    '</section>'
  );
}

/** The end of a lesson page: where to make it again with other options (the designer). */
export function designerLinkHtml(design: LessonDesign, base: string, query: string): string {
  return `<section class="no-print lesson-regenerate" aria-labelledby="regenerate"><h2 id="regenerate">${e(T.designerLinkHeading)}</h2><p>${e(
    T.designerLinkBody,
  )}</p><p><a${attr('href', withBase(base, routes.designer(query)))}>${e(T.designerLink(design.title))}</a></p></section>`;
}
