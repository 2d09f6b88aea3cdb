/**
 * A lesson design as HTML: the one renderer of the lesson pages and the 수업 설계 도우미. Plain
 * TypeScript (no Astro, no I/O) so the build and the browser draw the same markup. Every value
 * from the design is escaped.
 */
import { routes } from '../../model/routes.ts';
import { withBase } from '../../lib/base-path.ts';
import { isBlank, type Item, type LessonDesign, type NcsUnitLink, type PeriodPlan, type Worksheet } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
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
    (d.standards.length > 0
      ? `<ul class="lesson-lines">${d.standards
          .map(
            (s) =>
              `<li><strong>${e(s.code)}</strong> ${e(s.summary)} <span class="lesson-small">(${e(s.curriculum)}, ${e(s.area)})</span></li>`,
          )
          .join('')}</ul>`
      : '') + (d.standardsNote ? itemText(c, d.standardsNote, 'standardsNote') : '');

  const overview =
    `<h2 id="overview">${e(L.overview)}</h2><table class="lesson-keyvalue"><tbody>` +
    `<tr><th scope="row">${e(L.unitName)}</th><td>${itemText(c, d.title, 'title')}</td></tr>` +
    `<tr><th scope="row">${e(L.audience)}</th><td>${e(d.audience.label)}</td></tr>` +
    `<tr><th scope="row">${e(L.periods)}</th><td>${e(L.periodsValue(d.periods, d.minutesPerPeriod))}</td></tr>` +
    job +
    `<tr><th scope="row">${e(L.standards)}</th><td>${standards}</td></tr></tbody></table>`;

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
    `<div data-search-ignore><h2 id="sources">${e(L.sources)}</h2><ul>${d.sources.map((s) => `<li>${e(citeSource(s, { url: true }))}</li>`).join('')}</ul>` +
    worksheetHtml(c, d.worksheet) +
    (options.after ?? '') +
    '</div>';

  return `<div class="lesson">${gaps}${overview}${goals}${plan}${process}${ncsLinks(c, d)}${tail}</div>`;
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

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
function tableWrap(label: string, inner: string): string {
  return `<section class="lesson-table-wrap" tabindex="0"${attr('aria-label', label)}>${inner}</section>`;
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
        L.ncsElements,
      )}</th></tr></thead><tbody>${units
        .map(
          (u, i) =>
            `<tr><th scope="row"><a${attr('href', unitHref(u))}>${e(u.name)}</a></th><td>${e(u.code)}</td><td>${e(level(u))}</td><td>${itemLines(
              c,
              u.elements,
              `ncs.units.${i}.elements`,
            )}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }
  if (d.kind === 'unit-lesson') {
    out += units.map((u, i) => unitBlock(c, u, unitHref(u), `ncs.units.${i}`)).join('');
  }
  if (basicCompetences.length > 0) {
    out +=
      `<h3 id="basic-competences">${e(L.ncsActivityBasic)}</h3><p class="lesson-small" data-search-ignore>${e(note)}</p><ul data-search-ignore>` +
      basicCompetences.map((b) => `<li><strong>${e(b.name)}</strong>(${e(b.subs.join(', '))}): ${e(b.why)}</li>`).join('') +
      '</ul>';
  }
  return out;
}

function unitBlock(c: Ctx, u: NcsUnitLink, href: string, path: string): string {
  const row = (label: string, cell: string) => `<tr><th scope="row">${e(label)}</th><td>${cell}</td></tr>`;
  const levelCell = (u.level === null ? e(L.noLevel) : e(u.level)) + (u.levelMeaning ? ` · ${e(u.levelMeaning)}` : '');
  const definition =
    u.definition === null
      ? itemText(c, { blank: L.ncsDefinition }, `${path}.definition`)
      : e(u.definition) + (u.definitionNote ? ` (${e(u.definitionNote)})` : '');
  return (
    `<div class="lesson-unit"><h3${attr('id', `unit-${u.code}`)}><a${attr('href', href)}>${e(u.name)}</a> <span class="badge">${e(
      u.level === null ? L.noLevel : `${L.ncsLevel} ${u.level}`,
    )}</span></h3>` +
    // The unit's own page is what search should find for this text.
    '<table class="lesson-keyvalue" data-search-ignore><tbody>' +
    row(L.ncsCode, e(u.code)) +
    row(L.ncsPath, e(u.classification.join(' › '))) +
    row(L.ncsLevel, levelCell) +
    row(L.ncsDefinition, definition) +
    row(L.ncsElements, itemLines(c, u.elements, `${path}.elements`)) +
    row(L.ncsCriteria, itemLines(c, u.criteria, `${path}.criteria`)) +
    row(L.ncsKnowledge, itemLines(c, u.knowledge, `${path}.knowledge`)) +
    row(L.ncsSkills, itemLines(c, u.skills, `${path}.skills`)) +
    row(L.ncsAttitudes, itemLines(c, u.attitudes, `${path}.attitudes`) + (u.ksaNote ? `<p class="lesson-small">${e(u.ksaNote)}</p>` : '')) +
    row(L.ncsBasic, itemLines(c, u.basicCompetences, `${path}.basicCompetences`)) +
    '</tbody></table></div>'
  );
}

function worksheetHtml(c: Ctx, w: Worksheet): string {
  return (
    `<section class="lesson-worksheet" aria-labelledby="worksheet"><h2 id="worksheet">${e(L.worksheet)}</h2><p class="lesson-worksheet__title"><strong>${e(
      w.title,
    )}</strong></p><p>${e(L.worksheetName)}</p><p>${e(w.intro)}</p>` +
    w.sections
      .map(
        (section, si) =>
          `<div class="lesson-worksheet__section"><h3>${e(section.heading)}</h3><ol>${section.tasks
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

/** The command-line help that ends a lesson page today (the designer replaces it). */
export function regenerateHtml(design: LessonDesign): string {
  const o = design.options;
  const target = design.job ? `--job ${design.job.slug}` : `--unit ${design.unit!.code}`;
  const command = `npm run generate -- --school ${o.school} --periods ${o.periods} --minutes ${o.minutes}${design.kind === 'job-series' ? ` --activity ${o.activity}` : ''} ${target} --out my-lessons`;
  const config = [
    `school: ${o.school === 'middle' ? 'high' : 'middle'}`,
    'grade: 2',
    `periods: ${o.periods === 4 ? 3 : o.periods + 1}`,
    `minutes: ${o.school === 'middle' ? 50 : 45}`,
    ...(design.job ? [`jobs: [${design.job.slug}]`] : [`units: [${design.unit!.code}]`]),
  ].join('\n');
  return (
    `<section class="no-print lesson-regenerate" aria-labelledby="regenerate"><h2 id="regenerate">${e(L.regenerate)}</h2><p>${e(
      L.regenerateIntro,
    )}</p><pre><code>${e(command)}</code></pre><p>${e(L.regenerateConfig)}</p><pre><code>${e(`# my-lessons.yaml\n${config}`)}</code></pre>` +
    `<pre><code>npm run generate -- --config my-lessons.yaml --out my-lessons</code></pre><p class="lesson-small">${e(L.regenerateOptions)}</p></section>`
  );
}
