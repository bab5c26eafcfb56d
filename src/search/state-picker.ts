/**
 * The date picker of /stand/: answers "Stand am" for any day in the browser, with the
 * same function and words the static year-end pages use. Text is set with textContent only.
 */
import { formatPartialDate } from '../schemas/dates.ts';
import { sincePhrase } from '../lib/agreement-facts.ts';
import { STATE_TEXTS, stateOn, type StateData, type StateLink } from '../lib/state-at.ts';

function link(item: StateLink): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = item.url;
  anchor.textContent = item.name;
  return anchor;
}

function linkList(items: StateLink[], empty: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (items.length === 0) fragment.append(empty);
  items.forEach((item, index) => {
    if (index > 0) fragment.append(', ');
    fragment.append(link(item));
  });
  return fragment;
}

function section(title: string, items: HTMLElement[], empty: string, intro?: string): HTMLElement {
  const element = document.createElement('section');
  const heading = document.createElement('h2');
  heading.className = 'kern-heading-medium';
  heading.textContent = title;
  element.append(heading);
  if (intro) {
    const paragraph = document.createElement('p');
    paragraph.className = 'muted';
    paragraph.textContent = intro;
    element.append(paragraph);
  }
  if (items.length === 0) {
    const paragraph = document.createElement('p');
    paragraph.textContent = empty;
    element.append(paragraph);
    return element;
  }
  const list = document.createElement('ul');
  list.className = 'count-list';
  list.append(...items);
  element.append(list);
  return element;
}

export function renderState(): void {
  const form = document.getElementById('stand-form') as HTMLFormElement | null;
  const input = document.getElementById('stand-datum') as HTMLInputElement | null;
  const output = document.getElementById('stand-ergebnis');
  const dataElement = document.getElementById('stand-daten');
  if (!form || !input || !output || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as StateData;
  form.hidden = false;

  const show = (day: string) => {
    const state = stateOn(data, day);
    const label = formatPartialDate(day);
    const inForce = state.inForce.map((agreement) => {
      const item = document.createElement('li');
      item.append(link(agreement), ` – ${STATE_TEXTS.parties}: `, linkList(agreement.parties, STATE_TEXTS.partiesEmpty));
      return item;
    });
    const signedOnly = state.signedOnly.map((agreement) => {
      const item = document.createElement('li');
      const since = agreement.inForce ? sincePhrase(agreement.inForce.date) : undefined;
      item.append(link(agreement), ` (${STATE_TEXTS.reason(agreement.reason, since)})`);
      return item;
    });
    const providers = state.providers.map((provider) => {
      const item = document.createElement('li');
      item.append(link(provider), ': ', linkList(provider.owners, ''));
      return item;
    });
    output.replaceChildren(
      section(STATE_TEXTS.inForce(label), inForce, STATE_TEXTS.inForceEmpty),
      ...(signedOnly.length > 0 ? [section(STATE_TEXTS.signedOnly(label), signedOnly, '', STATE_TEXTS.signedOnlyIntro)] : []),
      section(STATE_TEXTS.providers(label), providers, STATE_TEXTS.providersEmpty),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value) return;
    show(input.value);
    const url = new URL(window.location.href);
    url.searchParams.set('datum', input.value);
    window.history.replaceState(null, '', url);
  });
  const fromUrl = new URLSearchParams(window.location.search).get('datum');
  if (fromUrl && /^\d{4}-\d{2}-\d{2}$/.test(fromUrl)) {
    input.value = fromUrl;
    show(fromUrl);
  }
}
