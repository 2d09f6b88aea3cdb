/**
 * Browser side of the self-check: reads the answers from the form, scores them with the shared
 * model and writes the result. Without this script the page still works as a printed checklist.
 */
import { answersFromEntries, scoreSelfCheck, type Match } from '../../model/self-check/score.ts';
import { selfCheck as t } from '../../ui/self-check.ts';

interface PageData {
  statements: { id: string; order: number; text: string; competences: string[]; jobs: string[] }[];
  jobs: Record<string, { title: string; url: string }>;
  jobOrder: string[];
  competences: Record<string, string>;
  competenceOrder: string[];
  competencesUrl: string;
  competenceUrls: Partial<Record<string, string>>;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

export function mountSelfCheck(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('#self-check-form');
  const dataEl = doc.querySelector('#self-check-data');
  const result = doc.querySelector<HTMLElement>('.self-check__result');
  const status = result?.querySelector<HTMLElement>('.self-check__status');
  const details = result?.querySelector<HTMLElement>('.self-check__details');
  if (!form || !dataEl || !result || !status || !details) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as PageData;
  const statementText = new Map(data.statements.map((s) => [s.id, s.text]));

  for (const el of doc.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;

  const renderMatches = (suggestions: Match[]) => {
    details.replaceChildren();
    details.append(element(doc, 'h3', t.suggestionsHeading));
    const list = element(doc, 'ol', undefined, 'self-check__jobs');
    for (const m of suggestions) {
      const job = data.jobs[m.id]!;
      const li = element(doc, 'li');
      const a = element(doc, 'a', job.title);
      a.href = job.url;
      li.append(a, ` (${t.scorePercent(m.score)})`);
      // The two strongest answers are enough to say why; the full list is in the reading guide.
      const reasons = m.statements.slice(0, 2).map((id) => `“${statementText.get(id)}”`);
      li.append(element(doc, 'span', `${t.because} ${reasons.join(', ')}`, 'self-check__why'));
      list.append(li);
    }
    details.append(list);
  };

  const renderStrengths = (competences: Match[]) => {
    const strong = competences.filter((c) => c.score >= 0.6).slice(0, 3);
    if (strong.length === 0) return;
    details.append(element(doc, 'h3', t.strengthsHeading), element(doc, 'p', t.strengthsIntro));
    const ul = element(doc, 'ul');
    for (const c of strong) {
      const li = element(doc, 'li');
      const label = data.competences[c.id] ?? c.id;
      const url = data.competenceUrls[c.id];
      if (url) {
        const a = element(doc, 'a', label);
        a.href = url;
        li.append(a);
      } else li.append(label);
      li.append(` (${t.scorePercent(c.score)})`);
      ul.append(li);
    }
    const more = element(doc, 'a', t.nextCompetences);
    more.href = data.competencesUrl;
    const p = element(doc, 'p');
    p.append(more);
    details.append(ul, p);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = answersFromEntries(new FormData(form).entries());
    const r = scoreSelfCheck(data.statements, answers, data.jobOrder, data.competenceOrder);
    details.replaceChildren();
    if (!r.enough) {
      status.textContent = t.notEnough(r.answered, r.total);
      return;
    }
    if (r.suggestions.length === 0) {
      status.textContent = t.noStrongMatch;
      renderStrengths(r.competences);
      return;
    }
    status.textContent = t.summary(r.suggestions.map((m) => data.jobs[m.id]!.title));
    renderMatches(r.suggestions);
    renderStrengths(r.competences);
  });

  form.addEventListener('reset', () => {
    details.replaceChildren();
    status.textContent = t.resultPlaceholder;
  });
}
