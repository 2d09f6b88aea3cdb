/**
 * Finding and choosing NCS units: search by name or code (reading one small file, never a list of
 * every unit), browse a 세분류, and the lists of found and chosen units as the page draws them.
 */
import { MAX_NAME_SHARD, nameKey, type DesignerIndex } from '../model/lesson/designer-data.ts';
import { designerText as T } from '../ui/designer.ts';
import type { DesignerData } from './data.ts';
import type { PageParts } from './page.ts';
import { MAX_UNITS } from './query.ts';

/** Found units shown at once. */
export const MAX_RESULTS = 50;

export type Found = [code: string, name: string, level?: number | null];

export type SearchOutcome =
  /** Fewer than two letters: nothing to look for yet. */
  | { kind: 'empty' }
  /** Every word she typed begins too many names to read one small file. */
  | { kind: 'tooCommon' }
  | { kind: 'found'; list: Found[] };

/** Units whose code starts with what she typed, or whose name holds her words. */
export async function searchUnits(
  query: string,
  index: DesignerIndex,
  data: Pick<DesignerData, 'dutyUnits' | 'nameShard'>,
): Promise<SearchOutcome> {
  const q = query.trim();
  const compact = q.replace(/\s+/g, '');
  if (compact.length < 2) return { kind: 'empty' };
  if (/^\d/.test(compact)) {
    const units = compact.length >= 8 ? await data.dutyUnits(compact.slice(0, 8)) : [];
    return { kind: 'found', list: units.filter((u) => u.code.startsWith(compact)).map((u): Found => [u.code, u.name, u.level]) };
  }
  // The rarest word beginning she typed picks the one small file to read; all words filter.
  const words = q.split(/\s+/);
  const keys = words.map(nameKey).filter((k): k is string => k !== null && k in index.names);
  const usable = keys.filter((k) => index.names[k]! <= MAX_NAME_SHARD);
  if (usable.length === 0 && keys.length > 0) return { kind: 'tooCommon' };
  const key = usable.sort((a, b) => index.names[a]! - index.names[b]!)[0];
  if (!key) return { kind: 'found', list: [] };
  const shard = await data.nameShard(key);
  return {
    kind: 'found',
    list: shard.filter(([, name]) => name.replace(/\s+/g, '').includes(compact) || words.every((w) => name.includes(w))),
  };
}

/** The line above the found units. */
export function foundText(total: number): string {
  return T.unitsFound(total) + (total > MAX_RESULTS ? ` ${T.unitsFoundMore(MAX_RESULTS)}` : '');
}

export interface ResultItem {
  code: string;
  name: string;
  /** 수준, when known. */
  level: number | null | undefined;
  buttonText: string;
  buttonLabel: string;
  /** Already chosen, or no room for another. */
  disabled: boolean;
}

/** A found unit's button: "골랐어요" once chosen, and off when chosen or when there is no room for another. */
export function addButtonState(code: string, chosen: readonly string[]): { text: string; disabled: boolean } {
  const has = chosen.includes(code);
  return { text: has ? T.added : T.add, disabled: has || chosen.length >= MAX_UNITS };
}

export function resultItems(list: readonly Found[], chosen: readonly string[]): ResultItem[] {
  return list.slice(0, MAX_RESULTS).map(([code, name, level]) => {
    const { text, disabled } = addButtonState(code, chosen);
    return { code, name, level, buttonText: text, buttonLabel: `${name} ${T.add}`, disabled };
  });
}

export interface ChosenItem {
  code: string;
  text: string;
  buttonLabel: string;
}

export function chosenItems(
  codes: readonly string[],
  nameOf: (code: string) => string | undefined,
  levelOf: (code: string) => number | null | undefined = () => undefined,
): ChosenItem[] {
  return codes.map((code) => {
    const name = nameOf(code) ?? code;
    return { code, text: `${T.chosenUnit(name, code, levelOf(code))} `, buttonLabel: T.remove(name) };
  });
}

/**
 * Adding a unit: refused past MAX_UNITS; one period per unit by default, so the periods grow when
 * the series would be short of one.
 */
export function addUnit(
  codes: readonly string[],
  code: string,
  periods: number,
): { codes: string[]; periods: number } | { refused: string } {
  if (codes.length >= MAX_UNITS) return { refused: T.maxUnits(MAX_UNITS) };
  if (codes.includes(code)) return { codes: [...codes], periods };
  return { codes: [...codes, code], periods: Math.max(periods, codes.length + 1) };
}

// ---- the page's lists ----------------------------------------------------------------------------

function toolButton(text: string, label: string, data: Record<string, string>): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool-button';
  Object.assign(button.dataset, data);
  button.textContent = text;
  button.setAttribute('aria-label', label);
  return button;
}

export function drawResults(list: HTMLElement, items: readonly ResultItem[]): void {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const small = document.createElement('span');
      small.className = 'lesson-small';
      small.textContent = T.foundUnit(item.code, item.level);
      const button = toolButton(item.buttonText, item.buttonLabel, { add: item.code });
      button.disabled = item.disabled;
      li.append(`${item.name} `, small, ' ', button);
      return li;
    }),
  );
}

export function drawChosen(list: HTMLElement, items: readonly ChosenItem[]): void {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      li.dataset.code = item.code;
      li.append(item.text, toolButton(T.removeButton, item.buttonLabel, { remove: item.code }));
      return li;
    }),
  );
}

/** Updates the found units' buttons in place (focus stays where she is) after the chosen units change. */
export function markResults(list: HTMLElement, chosen: readonly string[]): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('[data-add]')) {
    const { text, disabled } = addButtonState(button.dataset.add!, chosen);
    button.textContent = text;
    button.disabled = disabled;
  }
}

/**
 * The picker on the page: search as she types, browse a 세분류, add and remove units. `chosen`
 * is the form's list of units; `changed` runs after she adds or removes one.
 */
export function watchUnitPicker(
  parts: PageParts,
  data: DesignerData,
  index: () => DesignerIndex,
  on: { changed(): void; added(periods: number): void; status(text: string): void },
): { chosen(): string[]; setChosen(codes: readonly string[]): void } {
  let chosen: string[] = [];
  let searchSeq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const setChosen = (codes: readonly string[]) => {
    chosen = [...codes];
    drawChosen(parts.chosen, chosenItems(chosen, data.unitName, data.unitLevel));
    parts.noneChosen.hidden = chosen.length > 0;
    markResults(parts.results, chosen);
  };
  const show = (list: Found[]) => {
    for (const [code, name, level] of list) data.rememberName(code, name, level);
    drawResults(parts.results, resultItems(list, chosen));
    parts.found.textContent = foundText(list.length);
  };
  const run = async () => {
    const seq = ++searchSeq;
    try {
      const outcome = await searchUnits(parts.search.value, index(), data);
      if (seq !== searchSeq) return;
      if (outcome.kind === 'found') return show(outcome.list);
      parts.results.replaceChildren();
      parts.found.textContent = outcome.kind === 'tooCommon' ? T.tooCommon : '';
    } catch {
      if (seq === searchSeq) parts.found.textContent = T.loadFailed;
    }
  };
  parts.search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  parts.duty.addEventListener('change', async () => {
    if (!parts.duty.value) return;
    try {
      show((await data.dutyUnits(parts.duty.value)).map((u): Found => [u.code, u.name, u.level]));
    } catch {
      parts.found.textContent = T.loadFailed;
    }
  });
  parts.results.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-add]');
    if (!button || button.disabled) return;
    const periods = parts.form.elements.namedItem('periods') as HTMLSelectElement;
    const added = addUnit(chosen, button.dataset.add!, Number(periods.value));
    if ('refused' in added) return on.status(added.refused);
    setChosen(added.codes);
    on.added(added.periods);
  });
  parts.chosen.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    setChosen(chosen.filter((c) => c !== button.dataset.remove));
    (chosen.length > 0 ? parts.chosen.querySelector<HTMLButtonElement>('button') : parts.search)?.focus();
    on.changed();
  });
  return { chosen: () => chosen, setChosen };
}
