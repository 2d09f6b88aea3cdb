/**
 * The 수업 설계 도우미 page: its state and events. Its parts (data, form, query, unit-picker,
 * view, editor, edit-fields, edits, actions) each do one job and are tested without a browser.
 * Every value from the address, a file or the data is set as text or escaped by the renderer.
 */
import { watchTableScroll } from '../components/table-scroll.ts';
import type { DesignerIndex, DesignerLessonData } from '../model/lesson/designer-data.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { designerText as T } from '../ui/designer.ts';
import { siteAddress } from '../lib/site-address.ts';
import { watchButtons, withOtherTab } from './actions.ts';
import { pageUnits, resolveRequest } from './build.ts';
import { designerData } from './data.ts';
import type { DesignerState } from './design-file.ts';
import { watchEditFields } from './edit-fields.ts';
import { isEditable, recordEdit } from './edits.ts';
import { formQuery, formValuesOf, readForm, setRadio, showProblems, writeForm } from './form.ts';
import { pageParts } from './page.ts';
import { QUERY_FIELDS, parseQuery, toQuery, type DesignerRequest } from './query.ts';
import { loadState, saveState, STORAGE_KEY } from './storage.ts';
import { watchUnitPicker } from './unit-picker.ts';
import { designChoices, designView, drawKept, fillSelect } from './view.ts';

export function startDesigner(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  // Printouts and files name the site's pages by the address this page was opened at.
  const address = siteAddress(location.origin, base);
  const parts = pageParts(root);
  const data = designerData(base);
  let loaded: { index: DesignerIndex; lesson: DesignerLessonData } | null = null;
  let state: DesignerState = { query: '', edits: {} };
  let designs: LessonDesign[] = [];
  let shown = 0;
  let renderSeq = 0;
  let grade: number | null = null;
  let storageWarned = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let stopTableScroll = () => {};

  const setStatus = (text: string) => void (parts.status.textContent = text);
  const persist = () => {
    if (!saveState(state) && !storageWarned) {
      storageWarned = true;
      setStatus(T.storageOff);
    }
  };
  const shownDesign = (): LessonDesign | undefined => designs[shown];

  // ---- the form and the address ------------------------------------------------------------------
  const syncKind = () => {
    const kind = readForm(parts.form, picker.chosen()).kind;
    for (const part of root.querySelectorAll<HTMLElement>('[data-part]')) part.hidden = part.dataset.part !== kind;
    parts.activity.hidden = kind !== 'job';
  };
  const fromForm = () => void update(parseQuery(formQuery(readForm(parts.form, picker.chosen()))));
  const picker = watchUnitPicker(parts, data, () => loaded!.index, {
    changed: fromForm,
    added(periods) {
      (parts.form.elements.namedItem('periods') as HTMLSelectElement).value = String(periods);
      setRadio(parts.form, 'kind', 'units');
      syncKind();
      fromForm();
    },
    status: setStatus,
  });
  parts.form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    // The unit search and the 세분류 list belong to the picker.
    if (target === parts.duty || target === parts.search) return;
    if (target.getAttribute('name') === 'kind') syncKind();
    fromForm();
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    fromForm();
  });

  async function update(request: DesignerRequest, opts: { push?: boolean } = {}) {
    const seq = ++renderSeq;
    const { index, lesson } = loaded!;
    const resolved = await resolveRequest(index, lesson, request, pageUnits(index, lesson, data.dutyUnits)).catch(() => null);
    if (seq !== renderSeq) return;
    if (!resolved) return setStatus(T.loadFailed);
    const values = formValuesOf(resolved.clean, lesson.templates.defaults);
    writeForm(parts.form, values);
    picker.setChosen(values.units);
    syncKind();
    showProblems(root, resolved.clean.problems);
    designs = resolved.designs;
    grade = resolved.options.grade;
    shown = Math.min(shown, Math.max(0, designs.length - 1));
    state.query = toQuery(resolved.clean);
    const url = `${location.pathname}${state.query ? `?${state.query}` : ''}`;
    if (opts.push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    persist();
    draw();
  }

  // ---- the design and her words ------------------------------------------------------------------
  function draw() {
    parts.choiceBox.hidden = designs.length < 2;
    fillSelect(parts.choice, designChoices(designs, shown));
    const design = shownDesign();
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-needs-design]')) b.disabled = !design;
    const view = design ? designView(design, (state.edits[design.id] ??= {}), base, address) : null;
    drawKept(parts.kept, view?.kept ?? []);
    parts.title.textContent = view?.title ?? T.pickSomething;
    parts.summary.textContent = view?.summary ?? '';
    if (!view) return parts.preview.replaceChildren();
    parts.preview.innerHTML = view.html;
    stopTableScroll();
    stopTableScroll = watchTableScroll(parts.preview);
  }
  parts.choice.addEventListener('change', () => {
    shown = Number(parts.choice.value) || 0;
    draw();
  });
  watchEditFields(parts.preview, {
    typed(path, text, field) {
      const design = shownDesign();
      if (!design || !isEditable(design, path)) return;
      recordEdit(design, (state.edits[design.id] ??= {}), path, text);
      field.closest('.lesson-blank')?.classList.toggle('lesson-blank--filled', text.trim() !== '');
      if (path === 'title') parts.title.textContent = text.trim() || design.title;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saveTimer = undefined;
        persist();
      }, 250);
    },
    left() {
      persist();
      const scroll = window.scrollY;
      draw();
      window.scrollTo(0, scroll);
    },
  });
  watchButtons(root, parts.file, parts.kept, {
    state: () => state,
    changeState(next, said) {
      state = next;
      persist();
      draw();
      setStatus(said);
    },
    design: shownDesign,
    grade: () => grade,
    siteAddress: address,
    status: setStatus,
    async open(next, query) {
      state = next;
      await update(parseQuery(query), { push: true });
    },
  });

  // ---- the window: history, leaving, other tabs ----------------------------------------------------
  window.addEventListener('popstate', () => void update(parseQuery(location.search)));
  // A reload or a closed tab right after typing must not lose the last words.
  const flush = () => {
    if (saveTimer === undefined) return;
    clearTimeout(saveTimer);
    saveTimer = undefined;
    persist();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const design = shownDesign();
    state = withOtherTab(state, event.newValue, saveTimer !== undefined && design ? { designId: design.id } : null);
    if (!parts.preview.contains(document.activeElement)) draw();
  });

  // ---- start -------------------------------------------------------------------------------------
  void (async () => {
    setStatus(T.loading);
    loaded = await data.start().catch(() => null);
    if (!loaded) return setStatus(T.loadFailed);
    fillSelect(
      parts.job,
      loaded.index.jobs.map((j) => ({ value: j.slug, label: j.title })),
    );
    const duties = loaded.index.duties.map((d) => ({ value: d.code, label: T.dutyOption(d.path.at(-1) ?? d.code, d.code, d.units) }));
    fillSelect(parts.duty, duties, true);
    const stored = loadState();
    if (stored.state) state = stored.state;
    const hasQuery = QUERY_FIELDS.some((f) => new URLSearchParams(location.search).has(f));
    let request = parseQuery(hasQuery ? location.search : state.query);
    if (request.target === null && request.problems.length === 0 && loaded.index.jobs[0]) {
      request = { ...request, target: { kind: 'job', slug: loaded.index.jobs[0].slug } };
    }
    await update(request);
    setStatus(stored.notice ?? '');
    root.dataset.state = 'ready';
    performance.mark('designer-ready');
  })();
}
