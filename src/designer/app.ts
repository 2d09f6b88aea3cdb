/**
 * The 수업 설계 도우미 page: options in a form and in the address, the design drawn by the
 * lesson pages' renderer, the teacher's words kept in the browser and in a file she can save.
 * Every value from the address, a file or the data is set as text or escaped by the renderer.
 */
import type { LessonDesign } from '../model/lesson/types.ts';
import { lessonDesignHtml } from '../render/html/lesson-html.ts';
import { withBase } from '../lib/base-path.ts';
import { watchTableScroll } from '../components/table-scroll.ts';
import { designerText as T } from '../ui/designer.ts';
import { buildErrorText } from './build-error.ts';
import { pageUnits, resolveRequest } from './build.ts';
import { designEditor } from './editor.ts';
import {
  DESIGNER_DATA_DIR,
  DESIGNER_DATA_VERSION,
  MAX_NAME_SHARD,
  nameKey,
  type DesignerIndex,
  type DesignerLessonData,
  type DutyUnits,
  type NameShard,
} from './data-types.ts';
import { designFileText, MAX_FILE_BYTES, readDesignFile, readStoredState, withOpenedFile, type DesignerState } from './design-file.ts';
import { docxBytes, download, DOCX_TYPE, warmDocxOn } from './download.ts';
import { unplacedLine } from './edit-place.ts';
import { applyEdits, isEditable, itemAt, placeEdits, recordEdit, type Edits } from './edits.ts';
import { designFileBase } from './file-name.ts';
import { MAX_UNITS, parseQuery, toQuery, type DesignerRequest, type Field, type Problem } from './query.ts';
import { loadState, saveState, STORAGE_KEY } from './storage.ts';

const QUERY_FIELDS: readonly Field[] = ['job', 'unit', 'school', 'grade', 'periods', 'minutes', 'activity'];
const MAX_RESULTS = 50;

interface Loaded {
  index: DesignerIndex;
  lesson: DesignerLessonData;
}

export function startDesigner(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const dataUrl = (path: string) => withBase(base, `${DESIGNER_DATA_DIR}/${path}`);
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const form = $<HTMLFormElement>('form.designer-form');
  const status = $<HTMLElement>('[data-status]');
  const preview = $<HTMLElement>('[data-design]');
  const titleEl = $<HTMLElement>('[data-design-title]');
  const summaryEl = $<HTMLElement>('[data-design-summary]');
  const choice = $<HTMLSelectElement>('[data-design-choice] select');
  const jobSelect = $<HTMLSelectElement>('#designer-job');
  const dutySelect = $<HTMLSelectElement>('#designer-duty');
  const search = $<HTMLInputElement>('#designer-unit-search');
  const results = $<HTMLUListElement>('[data-results]');
  const found = $<HTMLElement>('[data-found]');
  const chosenList = $<HTMLUListElement>('[data-chosen]');
  const fileInput = $<HTMLInputElement>('#designer-file');
  const keptBox = $<HTMLElement>('[data-kept]');

  const cache = new Map<string, Promise<unknown>>();
  const fetchJson = <T>(path: string): Promise<T> => {
    let p = cache.get(path);
    if (!p) {
      p = fetch(dataUrl(path)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${path}`);
        return r.json();
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p as Promise<T>;
  };
  const unitNames = new Map<string, string>();
  const dutyUnits = async (duty: string): Promise<DutyUnits> => {
    if (!/^\d{8}$/.test(duty)) return [];
    const known = loaded?.index.duties.some((d) => d.code === duty);
    if (!known) return [];
    const units = await fetchJson<DutyUnits>(`units/${duty}.json`);
    for (const u of units) unitNames.set(u.code, u.name);
    return units;
  };

  let loaded: Loaded | null = null;
  let state: DesignerState = { query: '', edits: {} };
  let designs: LessonDesign[] = [];
  let shown = 0;
  let renderSeq = 0;
  let storageWarned = false;

  const setStatus = (text: string) => {
    status.textContent = text;
  };
  const persist = () => {
    if (!saveState(state) && !storageWarned) {
      storageWarned = true;
      setStatus(T.storageOff);
    }
  };

  // ---- the form <-> the request ----------------------------------------------------------
  const kindValue = () => (form.elements.namedItem('kind') as RadioNodeList).value as 'job' | 'units';
  const chosenCodes = () => [...chosenList.querySelectorAll<HTMLElement>('[data-code]')].map((li) => li.dataset.code!);

  function formParams(): URLSearchParams {
    const p = new URLSearchParams();
    if (kindValue() === 'job') {
      if (jobSelect.value) p.set('job', jobSelect.value);
    } else for (const code of chosenCodes()) p.append('unit', code);
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null)?.value ?? '';
    for (const name of ['school', 'grade', 'periods', 'minutes', 'activity']) {
      const v = value(name).trim();
      if (v !== '') p.set(name, v);
    }
    return p;
  }

  function setRadio(name: string, value: string) {
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)) input.checked = input.value === value;
  }

  /** Puts a request into the form; only values that passed the schema arrive here. */
  function fillForm(request: DesignerRequest, defaults: { school: string; periods: number; activity: string }) {
    const t = request.target;
    if (t !== null) setRadio('kind', t.kind);
    if (t?.kind === 'job') jobSelect.value = t.slug;
    renderChosen(t?.kind === 'units' ? t.codes : []);
    const o = request.options;
    setRadio('school', o.school ?? defaults.school);
    (form.elements.namedItem('grade') as HTMLSelectElement).value = o.grade === undefined ? '' : String(o.grade);
    (form.elements.namedItem('periods') as HTMLSelectElement).value = String(o.periods ?? defaults.periods);
    (form.elements.namedItem('minutes') as HTMLInputElement).value = o.minutes === undefined ? '' : String(o.minutes);
    setRadio('activity', o.activity ?? defaults.activity);
    syncKind();
  }

  function syncKind() {
    const kind = kindValue();
    for (const part of root.querySelectorAll<HTMLElement>('[data-part]')) part.hidden = part.dataset.part !== kind;
    $<HTMLElement>('[data-activity]').hidden = kind !== 'job';
  }

  function showProblems(problems: readonly Problem[]) {
    for (const field of QUERY_FIELDS) {
      const el = root.querySelector<HTMLElement>(`[data-problem="${field}"]`);
      if (!el) continue;
      const messages = problems.filter((p) => p.field === field).map((p) => p.message);
      el.textContent = messages.join(' ');
      el.hidden = messages.length === 0;
      const control = root.querySelector<HTMLElement>(`[data-problem-for="${field}"]`);
      if (control) {
        if (messages.length > 0) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
  }

  // ---- the unit picker ---------------------------------------------------------------------
  function renderChosen(codes: readonly string[]) {
    chosenList.replaceChildren(
      ...codes.map((code) => {
        const li = document.createElement('li');
        li.dataset.code = code;
        const name = unitNames.get(code) ?? code;
        li.append(`${name} (${code}) `);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tool-button';
        button.dataset.remove = code;
        button.textContent = '빼기';
        button.setAttribute('aria-label', T.remove(name));
        li.append(button);
        return li;
      }),
    );
    $<HTMLElement>('[data-none-chosen]').hidden = codes.length > 0;
    for (const b of results.querySelectorAll<HTMLButtonElement>('[data-add]')) markAdd(b, codes);
  }

  function markAdd(button: HTMLButtonElement, codes: readonly string[]) {
    const has = codes.includes(button.dataset.add!);
    button.disabled = has || codes.length >= MAX_UNITS;
    button.textContent = has ? T.added : T.add;
  }

  function showResults(list: readonly [string, string][], total: number) {
    const codes = chosenCodes();
    results.replaceChildren(
      ...list.slice(0, MAX_RESULTS).map(([code, name]) => {
        unitNames.set(code, name);
        const li = document.createElement('li');
        li.append(`${name} `);
        const small = document.createElement('span');
        small.className = 'lesson-small';
        small.textContent = code;
        li.append(small, ' ');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tool-button';
        button.dataset.add = code;
        button.setAttribute('aria-label', `${name} ${T.add}`);
        markAdd(button, codes);
        li.append(button);
        return li;
      }),
    );
    found.textContent = T.unitsFound(total) + (total > MAX_RESULTS ? ` ${T.unitsFoundMore(MAX_RESULTS)}` : '');
  }

  let searchSeq = 0;
  async function runSearch() {
    const seq = ++searchSeq;
    const q = search.value.trim();
    const compact = q.replace(/\s+/g, '');
    if (compact.length < 2) {
      results.replaceChildren();
      found.textContent = '';
      return;
    }
    let list: [string, string][] = [];
    try {
      if (/^\d/.test(compact)) {
        const units = compact.length >= 8 ? await dutyUnits(compact.slice(0, 8)) : [];
        list = units.filter((u) => u.code.startsWith(compact)).map((u) => [u.code, u.name]);
      } else {
        // The rarest word beginning she typed picks the one small file to read; all words filter.
        const words = q.split(/\s+/);
        const keys = words.map(nameKey).filter((k): k is string => k !== null && k in loaded!.index.names);
        const usable = keys.filter((k) => loaded!.index.names[k]! <= MAX_NAME_SHARD);
        if (usable.length === 0 && keys.length > 0) {
          if (seq === searchSeq) {
            results.replaceChildren();
            found.textContent = T.tooCommon;
          }
          return;
        }
        const key = usable.sort((a, b) => loaded!.index.names[a]! - loaded!.index.names[b]!)[0];
        if (key) {
          const shard = await fetchJson<NameShard>(`names/${key}.json`);
          list = shard.filter(([, name]) => name.replace(/\s+/g, '').includes(compact) || words.every((w) => name.includes(w)));
        }
      }
    } catch {
      if (seq === searchSeq) found.textContent = T.loadFailed;
      return;
    }
    if (seq === searchSeq) showResults(list, list.length);
  }

  async function browseDuty() {
    const duty = dutySelect.value;
    if (!duty) return;
    try {
      const units = await dutyUnits(duty);
      showResults(
        units.map((u) => [u.code, u.name]),
        units.length,
      );
    } catch {
      found.textContent = T.loadFailed;
    }
  }

  // ---- building and drawing ------------------------------------------------------------------

  async function update(request: DesignerRequest, opts: { push?: boolean } = {}) {
    const seq = ++renderSeq;
    const { index, lesson } = loaded!;
    let resolved;
    try {
      resolved = await resolveRequest(index, lesson, request, pageUnits(index, lesson, dutyUnits));
    } catch {
      if (seq === renderSeq) setStatus(T.loadFailed);
      return;
    }
    if (seq !== renderSeq) return;
    const { clean, options } = resolved;
    fillForm(clean, lesson.templates.defaults);
    showProblems(clean.problems);
    designs = resolved.designs;
    currentGrade = options.grade;
    shown = Math.min(shown, Math.max(0, designs.length - 1));
    state.query = toQuery(clean);
    const url = `${location.pathname}${state.query ? `?${state.query}` : ''}`;
    if (opts.push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    persist();
    draw();
  }

  let currentGrade: number | null = null;
  let stopTableScroll = () => {};

  function draw() {
    const choiceBox = $<HTMLElement>('[data-design-choice]');
    choiceBox.hidden = designs.length < 2;
    choice.replaceChildren(
      ...designs.map((d, i) => {
        const o = document.createElement('option');
        o.value = String(i);
        o.textContent = d.title;
        o.selected = i === shown;
        return o;
      }),
    );
    const design = designs[shown];
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-needs-design]')) b.disabled = !design;
    if (!design) {
      keptBox.hidden = true;
      titleEl.textContent = T.pickSomething;
      summaryEl.textContent = '';
      preview.replaceChildren();
      return;
    }
    const edits = (state.edits[design.id] ??= {});
    const applied = applyEdits(design, edits);
    drawUnplaced(design, edits);
    titleEl.textContent = applied.title;
    summaryEl.textContent = applied.summary;
    preview.innerHTML = lessonDesignHtml(applied, { base, editor: designEditor(design, edits) });
    stopTableScroll();
    stopTableScroll = watchTableScroll(preview);
  }

  /** Her words that found no place in this design: listed with where they were, kept until she removes them. */
  function drawUnplaced(design: LessonDesign, edits: Edits) {
    const unplaced = placeEdits(design, edits).unplaced;
    keptBox.hidden = unplaced.length === 0;
    if (unplaced.length === 0) return keptBox.replaceChildren();
    const heading = document.createElement('h2');
    heading.className = 'designer-subhead';
    heading.textContent = T.kept.heading;
    const intro = document.createElement('p');
    intro.textContent = T.kept.intro;
    const list = document.createElement('ul');
    list.append(
      ...unplaced.map(({ key, edit }, i) => {
        const li = document.createElement('li');
        li.append(`${unplacedLine(key, edit)} `);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tool-button';
        button.dataset.discard = key;
        button.textContent = T.kept.discard;
        button.setAttribute('aria-label', T.kept.discardLabel(i + 1));
        li.append(button);
        return li;
      }),
    );
    keptBox.replaceChildren(heading, intro, list);
  }

  // ---- teacher edits in place -------------------------------------------------------------
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  preview.addEventListener('input', (event) => {
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-edit-path]');
    const design = designs[shown];
    if (!el || !design) return;
    const path = el.dataset.editPath!;
    const item = itemAt(design, path);
    if (!item || !isEditable(design, path)) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ');
    recordEdit(design, (state.edits[design.id] ??= {}), path, text);
    el.closest('.lesson-blank')?.classList.toggle('lesson-blank--filled', text.trim() !== '');
    if (path === 'title') titleEl.textContent = text.trim() || design.title;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      persist();
    }, 250);
  });
  preview.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).closest('[data-edit-path]')) event.preventDefault();
  });
  preview.addEventListener('paste', (event) => {
    const field = (event.target as HTMLElement).closest<HTMLElement>('[data-edit-path]');
    const selection = window.getSelection();
    if (!field || !selection || selection.rangeCount === 0) return;
    // Plain text only: formatting from another program would not reach the .docx anyway.
    event.preventDefault();
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode((event.clipboardData?.getData('text/plain') ?? '').replace(/\s+/g, ' ')));
    range.collapse(false);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Lines shown twice (a goal in the plan table) follow once she leaves the field.
  preview.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as HTMLElement | null;
    if ((event.target as HTMLElement).dataset.editPath === undefined || next?.closest('[data-edit-path]')) return;
    persist();
    const scroll = window.scrollY;
    draw();
    window.scrollTo(0, scroll);
  });

  // ---- actions ---------------------------------------------------------------------------------
  const fromForm = (push = false) => void update(parseQuery(formParams()), { push });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === dutySelect) return void browseDuty();
    if (target === search) return;
    if (target.getAttribute('name') === 'kind') syncKind();
    fromForm();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fromForm();
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void runSearch(), 150);
  });
  results.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-add]');
    if (!button || button.disabled) return;
    const codes = chosenCodes();
    if (codes.length >= MAX_UNITS) return setStatus(T.maxUnits(MAX_UNITS));
    renderChosen([...codes, button.dataset.add!]);
    // One period per unit by default: adding a unit adds a period when the series would be short of one.
    const periods = form.elements.namedItem('periods') as HTMLSelectElement;
    if (Number(periods.value) < codes.length + 1) periods.value = String(codes.length + 1);
    setRadio('kind', 'units');
    syncKind();
    fromForm();
  });
  chosenList.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    const codes = chosenCodes().filter((c) => c !== button.dataset.remove);
    renderChosen(codes);
    (codes.length > 0 ? chosenList.querySelector<HTMLButtonElement>('button') : search)?.focus();
    fromForm();
  });
  choice.addEventListener('change', () => {
    shown = Number(choice.value) || 0;
    draw();
  });

  const act = (name: string, fn: () => void | Promise<void>) =>
    $<HTMLButtonElement>(`[data-action="${name}"]`).addEventListener('click', () => {
      Promise.resolve()
        .then(fn)
        .catch((e: unknown) => setStatus(buildErrorText(e)));
    });

  act('print', () => window.print());
  warmDocxOn($<HTMLButtonElement>('[data-action="docx"]'));
  act('docx', async () => {
    const design = designs[shown];
    if (!design) return;
    setStatus(T.docxMaking);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await docxBytes(applyEdits(design, state.edits[design.id] ?? {}));
    } catch {
      return setStatus(T.docxFailed);
    }
    const name = `${designFileBase(design, currentGrade)}.docx`;
    download(bytes, name, DOCX_TYPE);
    setStatus(T.docxDone(name));
  });
  act('copy', async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      setStatus(T.linkCopied);
    } catch {
      setStatus(T.linkShown);
    }
  });
  act('save', () => {
    const design = designs[shown];
    const name = `${design ? designFileBase(design, currentGrade) : '수업설계'}_설계파일.json`;
    download(designFileText(state), name, 'application/json');
    setStatus(T.saved(name));
  });
  act('open', () => fileInput.click());
  keptBox.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-discard]');
    const design = designs[shown];
    if (!button || !design || !window.confirm(T.kept.confirm)) return;
    delete state.edits[design.id]?.[button.dataset.discard!];
    persist();
    draw();
    setStatus(T.kept.discarded);
  });
  act('clear', () => {
    const design = designs[shown];
    if (!design || !window.confirm(T.clearConfirm)) return;
    state.edits[design.id] = {};
    persist();
    draw();
    setStatus(T.cleared);
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = file.size > MAX_FILE_BYTES ? { ok: false as const, message: T.file.tooBig } : readDesignFile(await file.text());
    if (!result.ok) return setStatus(result.message);
    state = withOpenedFile(state, result.state);
    await update(parseQuery(result.state.query), { push: true });
    setStatus(T.opened);
  });
  window.addEventListener('popstate', () => void update(parseQuery(location.search)));
  // A reload or a closed tab right after typing must not lose the last words.
  const flush = () => {
    if (saveTimer === undefined) return;
    clearTimeout(saveTimer);
    saveTimer = undefined;
    persist();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  // Another tab of the designer saved: take its edits, so this tab's next save does not undo them.
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const read = readStoredState(event.newValue);
    if (!read.ok) return;
    const design = designs[shown];
    const mine = design ? state.edits[design.id] : undefined;
    state = { query: state.query, edits: read.state.edits };
    // Words typed here and not yet saved stay (they are saved in a moment, with the other tab's).
    if (saveTimer !== undefined && design && mine) state.edits[design.id] = mine;
    if (!preview.contains(document.activeElement)) draw();
  });

  // ---- start -------------------------------------------------------------------------------------
  void (async () => {
    root.hidden = false;
    setStatus(T.loading);
    try {
      const [index, lesson] = await Promise.all([fetchJson<DesignerIndex>('index.json'), fetchJson<DesignerLessonData>('lesson.json')]);
      if (index.version !== DESIGNER_DATA_VERSION || lesson.version !== DESIGNER_DATA_VERSION) throw new Error('data version');
      loaded = { index, lesson };
      jobSelect.replaceChildren(
        ...index.jobs.map((j) => {
          const o = document.createElement('option');
          o.value = j.slug;
          o.textContent = j.title;
          return o;
        }),
      );
      dutySelect.append(
        ...index.duties.map((d) => {
          const o = document.createElement('option');
          o.value = d.code;
          o.textContent = `${d.path.at(-1) ?? d.code} (${d.code}, ${d.units}개)`;
          return o;
        }),
      );
    } catch {
      setStatus(T.loadFailed);
      return;
    }
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
