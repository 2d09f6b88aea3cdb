/** The designer page's parts, found once by the markup's data attributes and ids (src/pages/lessons/design/index.astro). */
export interface PageParts {
  root: HTMLElement;
  form: HTMLFormElement;
  status: HTMLElement;
  preview: HTMLElement;
  title: HTMLElement;
  summary: HTMLElement;
  choiceBox: HTMLElement;
  choice: HTMLSelectElement;
  job: HTMLSelectElement;
  duty: HTMLSelectElement;
  search: HTMLInputElement;
  results: HTMLUListElement;
  found: HTMLElement;
  chosen: HTMLUListElement;
  noneChosen: HTMLElement;
  activity: HTMLElement;
  file: HTMLInputElement;
  kept: HTMLElement;
}

export function pageParts(root: HTMLElement): PageParts {
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  return {
    root,
    form: $('form.designer-form'),
    status: $('[data-status]'),
    preview: $('[data-design]'),
    title: $('[data-design-title]'),
    summary: $('[data-design-summary]'),
    choiceBox: $('[data-design-choice]'),
    choice: $('[data-design-choice] select'),
    job: $('#designer-job'),
    duty: $('#designer-duty'),
    search: $('#designer-unit-search'),
    results: $('[data-results]'),
    found: $('[data-found]'),
    chosen: $('[data-chosen]'),
    noneChosen: $('[data-none-chosen]'),
    activity: $('[data-activity]'),
    file: $('#designer-file'),
    kept: $('[data-kept]'),
  };
}
