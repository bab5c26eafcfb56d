/**
 * The script of /mitmachen/: reads the form, builds the record (or the lines for an
 * organisation file) with the builders `npm run new` uses, checks it with the validator's
 * rules and shows each problem in the list under the form and, once a field has been
 * visited, at the field itself. Without JavaScript none of this runs, and the page offers
 * the template and the forge form instead.
 */
import { didYouMeanText } from '../validation/suggest.ts';
import { checkAddition, checkRecordText, checkSolutionText, type KnownIds, type RecordProblem } from './check-record.ts';
import {
  agreementAnswers,
  membershipAnswers,
  solutionAnswers,
  stakeAnswers,
  type FormValues,
  type PartyKinds,
  type Row,
} from './form-answers.ts';
import { MAILTO_SAFE_LENGTH, recordMailto } from './mailto.ts';
import {
  membershipAddition,
  membershipSnippet,
  PLAIN_OUTLINE,
  stakeAddition,
  stakeSnippet,
  type OrganisationOutline,
} from './organisation-edits.ts';
import { newRecordText, suggestSlug } from './record-template.ts';
import { newSolutionText, suggestSolutionSlug } from './solution-template.ts';

type Mode = 'vereinbarung' | 'mitgliedschaft' | 'beteiligung' | 'loesung';
type RowEntry = { row: Row; element: HTMLElement };

const json = <T>(id: string): T => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as T;
const partyKinds = json<PartyKinds>('parteien-daten');
const knownIds = json<KnownIds>('bekannte-kennungen');
const outlines = json<Record<string, OrganisationOutline>>('organisationsdateien');
/** What a membership or share needs to know of an organisation's file; the page carries only outlines that are not plain. */
const outlineOf = (id: string): OrganisationOutline | undefined =>
  outlines[id] ?? (knownIds.organisations.includes(id) ? PLAIN_OUTLINE : undefined);

const builder = document.querySelector<HTMLElement>('[data-builder]');
const builderForm = document.querySelector<HTMLFormElement>('[data-builder-form]');
const fileSection = document.querySelector<HTMLElement>('[data-file-section]');
const fileForm = document.querySelector<HTMLFormElement>('[data-file-form]');
const fileName = document.querySelector<HTMLInputElement>('#f-dateiname');
const fileText = document.querySelector<HTMLTextAreaElement>('#f-inhalt');
const intro = document.querySelector<HTMLElement>('[data-file-intro]');
const fileCheck = document.querySelector<HTMLElement>('[data-record-check]');
const snippetSection = document.querySelector<HTMLElement>('[data-snippet-section]');
const snippetText = document.querySelector<HTMLTextAreaElement>('[data-snippet-text]');
const snippetCheck = document.querySelector<HTMLElement>('[data-snippet-check]');
const editLink = document.querySelector<HTMLAnchorElement>('[data-edit-link]');
const editLabel = document.querySelector<HTMLElement>('[data-edit-label]');
const mailLink = document.querySelector<HTMLAnchorElement>('[data-mailto]');

/** Fields of the builder by the path the validator names, per kind of entry. */
const FIELD_INPUTS: Record<Mode, [RegExp, string][]> = {
  vereinbarung: [
    [/^title$/, 'b-titel'],
    [/^kind$/, 'b-art'],
    [/^(signed|status)$/, 'b-datum'],
    [/^summary$/, 'b-zusammenfassung'],
    [/^\(Text\)$/, 'b-text'],
  ],
  mitgliedschaft: [
    [/^\(Organisation\)$/, 'b-m-in'],
    [/^members\[0\]\.(org|land)$/, 'b-m-mitglied'],
    [/^members\[0\]\.since$/, 'b-m-seit'],
    [/^members\[0\]\.notice$/, 'b-m-kuendigung'],
    [/^members\[0\]\.until$/, 'b-m-bis'],
    [/^members\[0\]\.end$/, 'b-m-ende'],
  ],
  beteiligung: [
    [/^\(Organisation\)$/, 'b-a-in'],
    [/^owners\[0\]\.(org|land)$/, 'b-a-traeger'],
    [/^owners\[0\]\.since$/, 'b-a-seit'],
    [/^owners\[0\]\.stakes\[0\]\.nominal/, 'b-a-betrag'],
    [/^owners\[0\]\.stakes\[0\]\.asOf$/, 'b-a-stand'],
    [/^owners\[0\]\.stakes\[0\]/, 'b-a-prozent'],
  ],
  loesung: [
    [/^name$/, 'b-l-name'],
    [/^shortName$/, 'b-l-kurz'],
    [/^description$/, 'b-l-beschreibung'],
    [/^since$/, 'b-l-seit'],
    [/^developedBy\[0\]/, 'b-l-entwickler-1'],
    [/^developedBy\[1\]/, 'b-l-entwickler-2'],
  ],
};
const SOURCE_INPUTS: [RegExp, string][] = [
  [/^sources\[0\]\.url$/, 'b-quelle-url'],
  [/^sources\[0\]\.title$/, 'b-quelle-titel'],
  [/^sources\[0\]\.publisher$/, 'b-quelle-herausgeber'],
  [/^sources\[0\]\.published$/, 'b-quelle-datum'],
];

function currentMode(): Mode {
  const value = builderForm?.querySelector<HTMLInputElement>('[name="mode"]:checked')?.value;
  return (value ?? 'vereinbarung') as Mode;
}

/** The groups of a repeated list, with what their visible fields hold. */
function readRows(kind: string): RowEntry[] {
  const container = builderForm?.querySelector<HTMLElement>(`[data-rows="${kind}"]`);
  return [...(container?.querySelectorAll<HTMLElement>('[data-row]') ?? [])].map((element) => ({
    element,
    row: Object.fromEntries(
      [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')]
        .filter((input) => !input.closest('[hidden]'))
        .map((input) => [input.dataset.field!, input.value]),
    ),
  }));
}

function readValues(): { values: FormValues; rows: Record<string, RowEntry[]> } {
  const data = new FormData(builderForm!);
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of data) {
    if (typeof value !== 'string') continue;
    (lists[key] ??= []).push(value);
    fields[key] ??= value;
  }
  const rows = { step: readRows('step'), event: readRows('event'), legal: readRows('legal') };
  const plain = Object.fromEntries(Object.entries(rows).map(([kind, entries]) => [kind, entries.map((entry) => entry.row)]));
  return { values: { fields, lists, rows: plain }, rows };
}

/** The builder's input for a problem of an agreement in a party, step, event or legal basis, found as the builders order them. */
function agreementInput(field: string, rows: Record<string, RowEntry[]>): HTMLElement | undefined {
  const partyInputs = [...(builderForm?.querySelectorAll<HTMLInputElement>('[data-party]') ?? [])].filter((input) => input.value.trim());
  const inRow = (entry: RowEntry | undefined, rest: string) => {
    if (!entry) return undefined;
    const path = rest.replace(/^\./, '').replace(/\[\d+\]/g, '');
    return (
      entry.element.querySelector<HTMLElement>(`[data-field="${path}"]`) ??
      entry.element.querySelector<HTMLElement>('[data-field="type"]') ??
      undefined
    );
  };
  let match = /^parties\[(\d+)\]\.steps\[(\d+)\](.*)$/.exec(field);
  if (match) {
    const party = partyInputs[Number(match[1])]?.value.trim();
    const steps = rows.step!.filter((entry) => entry.row.type?.trim() && entry.row.party?.trim() === party);
    return inRow(steps[Number(match[2])], match[3]!);
  }
  match = /^parties\[(\d+)\](.*)$/.exec(field);
  if (match) {
    const index = Number(match[1]);
    if (index < partyInputs.length) return partyInputs[index];
    const member = /\.members\[(\d+)\]/.exec(match[2]!);
    if (member)
      return document.getElementById(`b-gruppe-mitglied-${Number(member[1]) + 1}`) ?? document.getElementById('b-gruppe-name') ?? undefined;
    if (match[2]!.includes('.members')) return document.getElementById('b-gruppe-mitglied-1') ?? undefined;
    return document.getElementById(match[2]!.includes('count') ? 'b-gruppe-anzahl' : 'b-gruppe-name') ?? undefined;
  }
  match = /^events\[(\d+)\](.*)$/.exec(field);
  if (match) return inRow(rows.event!.filter((entry) => entry.row.type?.trim())[Number(match[1])], match[2]!);
  match = /^legalBasis\[(\d+)\](.*)$/.exec(field);
  if (match) {
    return inRow(rows.legal!.filter((entry) => Object.values(entry.row).some((value) => value.trim()))[Number(match[1])], match[2]!);
  }
  if (/^topics/.test(field)) return builderForm?.querySelector<HTMLElement>('[name="topic"]') ?? undefined;
  return undefined;
}

function inputFor(field: string, mode: Mode, rows: Record<string, RowEntry[]>): HTMLElement | undefined {
  const byPattern = [...FIELD_INPUTS[mode], ...SOURCE_INPUTS].find(([pattern]) => pattern.test(field))?.[1];
  if (byPattern) return document.getElementById(byPattern) ?? undefined;
  const step = /^Schritt (\d+)$/.exec(field);
  if (step) return rows.step?.[Number(step[1]) - 1]?.element.querySelector<HTMLElement>('[data-field="party"]') ?? undefined;
  if (mode === 'vereinbarung') return agreementInput(field, rows);
  if (mode === 'loesung' && /^topics/.test(field)) return builderForm?.querySelector<HTMLElement>('[name="solutionTopic"]') ?? undefined;
  return undefined;
}

/** Removes the messages at the fields from the last check. */
function clearFieldErrors() {
  for (const message of builderForm?.querySelectorAll('[data-error-for]') ?? []) message.remove();
  for (const input of builderForm?.querySelectorAll<HTMLElement>('[aria-invalid="true"]') ?? []) {
    input.removeAttribute('aria-invalid');
    input.classList.remove('kern-form-input__input--error');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== `${input.id}-fehler`);
    if (describedBy.length > 0) input.setAttribute('aria-describedby', describedBy.join(' '));
    else input.removeAttribute('aria-describedby');
    input.closest('.kern-form-input')?.classList.remove('kern-form-input--error');
  }
}

/** A message at its field, which the field is described by and marked invalid with. */
function showFieldError(input: HTMLElement, message: string) {
  const container = input.closest('.kern-form-input');
  if (!container || !input.id) return;
  const id = `${input.id}-fehler`;
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement('p');
    element.className = 'kern-error';
    element.id = id;
    element.dataset.errorFor = input.id;
    container.append(element);
  }
  element.textContent = element.textContent ? `${element.textContent} ${message}` : message;
  input.setAttribute('aria-invalid', 'true');
  if (!input.matches('select')) input.classList.add('kern-form-input__input--error');
  container.classList.add('kern-form-input--error');
  const describedBy = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  describedBy.add(id);
  input.setAttribute('aria-describedby', [...describedBy].join(' '));
}

/** The list of problems under the output, each linked to its field; and the messages at fields already visited. */
function showCheck(box: HTMLElement, problems: RecordProblem[], fallback: string, mode: Mode, rows: Record<string, RowEntry[]>) {
  box.hidden = false;
  box.replaceChildren();
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent =
    problems.length === 0
      ? 'Prüfung bestanden: Die Angaben erfüllen die Regeln der automatischen Prüfung.'
      : `Prüfung wie bei „npm run validate“: ${problems.length === 1 ? 'eine Angabe fehlt oder ist' : `${problems.length} Angaben fehlen oder sind`} noch ungültig.`;
  heading.append(strong);
  box.append(heading);
  box.classList.toggle('record-check--ok', problems.length === 0);
  clearFieldErrors();
  if (problems.length === 0) return;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const input = builder && !builder.hidden ? inputFor(problem.field, mode, rows) : undefined;
    if (input?.dataset.touched) showFieldError(input, problem.message);
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${input?.id ?? fallback}`;
    link.textContent = problem.field || 'Datei';
    item.append(link, `: ${problem.message}`);
    list.append(item);
  }
  box.append(list);
}

function updateMail(name: string, text: string) {
  if (!mailLink) return;
  const address = mailLink.dataset.mailtoAddress ?? '';
  const href = recordMailto(address, name, text);
  mailLink.href =
    href.length <= MAILTO_SAFE_LENGTH
      ? href
      : recordMailto(address, name, '(Bitte den Inhalt der Datei von der Seite „Mitmachen“ hier einfügen.)');
}

/** Checks the file as it stands (also after edits in the text area itself). */
function checkFile(rows: Record<string, RowEntry[]> = readValues().rows) {
  if (!fileCheck || !fileText || !fileName) return;
  const mode = currentMode();
  const problems =
    mode === 'loesung'
      ? checkSolutionText(fileText.value, knownIds)
      : [...checkRecordText(fileText.value, knownIds), ...stepsWithoutParty(rows)];
  showCheck(fileCheck, problems, 'f-inhalt', mode, rows);
  updateMail(fileName.value, fileText.value);
}

/** A step belongs to a named party; one without stays out of the file, so the form says so at its party field. */
function stepsWithoutParty(rows: Record<string, RowEntry[]>): RecordProblem[] {
  return (rows.step ?? []).flatMap((entry, index) =>
    entry.row.type?.trim() && !entry.row.party?.trim()
      ? [
          {
            field: `Schritt ${index + 1}`,
            message: 'Bitte die Partei wählen, die den Schritt getan hat; ohne Partei steht er nicht in der Datei.',
          },
        ]
      : [],
  );
}

/** The named parties as choices for the party of each step; rebuilt only when they change, so a choice made stays. */
function updateStepParties(parties: string[]) {
  const labels = new Map(
    [...document.querySelectorAll<HTMLOptionElement>('#parteien option')].map((option) => [option.value, option.label || option.value]),
  );
  for (const select of builderForm?.querySelectorAll<HTMLSelectElement>('[data-rows="step"] [data-field="party"]') ?? []) {
    const key = parties.join('\n');
    if (select.dataset.parties === key) continue;
    const chosen = select.value;
    select.replaceChildren(
      new Option(parties.length > 0 ? 'bitte wählen' : 'zuerst Parteien nennen', ''),
      ...parties.map((id) => new Option(labels.get(id) ?? id, id, false, id === chosen)),
    );
    select.dataset.parties = key;
  }
}

function organisationProblem(target: string): RecordProblem[] {
  if (outlineOf(target)) return [];
  return [
    {
      field: '(Organisation)',
      message: target
        ? `Unbekannte Organisation „${target}“.${didYouMeanText(target, knownIds.organisations)} Gibt es sie noch nicht, legen Sie sie zuerst an (npm run new -- organisation).`
        : 'Bitte die Organisation wählen, in deren Datei der Eintrag gehört.',
    },
  ];
}

function update() {
  if (!builderForm || !fileText || !fileName) return;
  const mode = currentMode();
  for (const part of builderForm.querySelectorAll<HTMLElement>('[data-mode]')) part.hidden = part.dataset.mode !== mode;
  const { values, rows } = readValues();
  updateStepParties((values.lists.party ?? []).map((id) => id.trim()).filter(Boolean));
  const editsOrganisation = mode === 'mitgliedschaft' || mode === 'beteiligung';
  if (fileSection) fileSection.hidden = editsOrganisation;
  if (snippetSection) snippetSection.hidden = !editsOrganisation;

  if (mode === 'vereinbarung' || mode === 'loesung') {
    if (mode === 'vereinbarung') {
      const answers = agreementAnswers(values, partyKinds);
      fileText.value = newRecordText(answers);
      fileName.value = `${suggestSlug(answers) || 'neue-vereinbarung'}.mdx`;
    } else {
      const answers = solutionAnswers(values, partyKinds);
      fileText.value = newSolutionText(answers);
      fileName.value = `${suggestSolutionSlug(answers) || 'neue-loesung'}.yaml`;
    }
    if (fileForm) fileForm.action = fileForm.dataset[mode === 'vereinbarung' ? 'actionVereinbarung' : 'actionLoesung'] ?? fileForm.action;
    checkFile(rows);
    return;
  }

  const target = (mode === 'mitgliedschaft' ? values.fields.membershipIn : values.fields.stakeIn)?.trim() ?? '';
  const outline = outlineOf(target) ?? PLAIN_OUTLINE;
  let snippet: string;
  let problems: RecordProblem[];
  if (mode === 'mitgliedschaft') {
    const answers = membershipAnswers(values, partyKinds);
    snippet = membershipSnippet(outline, answers);
    problems = checkAddition(membershipAddition(outline, answers), knownIds);
  } else {
    const answers = stakeAnswers(values, partyKinds);
    snippet = stakeSnippet(outline, answers);
    problems = checkAddition(stakeAddition(outline, answers), knownIds);
  }
  problems = [...organisationProblem(target), ...problems];
  if (snippetText) snippetText.value = snippet;
  if (editLink && editLabel) {
    const known = Boolean(outlineOf(target));
    editLink.parentElement!.hidden = !known;
    if (known) {
      const file = `${target}${editLink.dataset.editExtension ?? '.yaml'}`;
      editLink.href = `${editLink.dataset.editBase ?? ''}${file}`;
      editLabel.textContent = `Datei „${file}“ bearbeiten`;
    }
  }
  if (snippetCheck) showCheck(snippetCheck, problems, 'z-inhalt', mode, rows);
  updateMail(`${target || 'organisation'}.yaml (Ergänzung)`, snippet);
}

/** A repeated list: adding a group from the template (numbered, focused), removing one, showing the details its type takes. */
function setUpRows(container: HTMLElement) {
  const list = container.querySelector<HTMLElement>('[data-row-list]');
  const template = container.querySelector<HTMLTemplateElement>('template[data-row-template]');
  const add = container.querySelector<HTMLButtonElement>('[data-add-row]');
  if (!list || !template || !add) return;
  let counter = 0;
  const renumber = () =>
    container.querySelectorAll('[data-row]').forEach((row, index) => {
      for (const number of row.querySelectorAll('[data-row-number]')) number.textContent = String(index + 1);
    });
  add.addEventListener('click', () => {
    counter += 1;
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    for (const element of fragment.querySelectorAll('*')) {
      for (const attribute of ['id', 'for', 'aria-describedby']) {
        const value = element.getAttribute(attribute);
        if (value?.includes('__N__')) element.setAttribute(attribute, value.replaceAll('__N__', String(counter)));
      }
    }
    const row = fragment.querySelector<HTMLElement>('[data-row]');
    list.append(fragment);
    renumber();
    update();
    row?.querySelector<HTMLElement>('select, input')?.focus();
  });
  container.addEventListener('click', (event) => {
    const remove = (event.target as HTMLElement).closest('[data-remove-row]');
    if (!remove) return;
    remove.closest('[data-row]')?.remove();
    renumber();
    update();
    add.focus();
  });
  container.addEventListener('change', (event) => {
    const select = event.target as HTMLElement;
    if (!select.matches('[data-field="type"]')) return;
    const type = (select as HTMLSelectElement).value;
    for (const detail of select.closest('[data-row]')?.querySelectorAll<HTMLElement>('[data-detail]') ?? []) {
      detail.hidden = !(detail.dataset.detailTypes ?? '').split(' ').includes(type);
    }
  });
}

if (builder && builderForm && fileName && fileText) {
  builder.hidden = false;
  if (intro)
    intro.textContent =
      'Die Datei entsteht aus Ihren Angaben oben. Sie können sie hier noch ändern, dann öffnet der Knopf sie als Vorschlag.';
  for (const container of builderForm.querySelectorAll<HTMLElement>('[data-rows]')) setUpRows(container);
  builderForm.addEventListener('input', update);
  builderForm.addEventListener('change', update);
  // A field shows its message once it has been visited, not while the form is still empty.
  builderForm.addEventListener('focusout', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('input, select, textarea') && !target.dataset.touched) {
      target.dataset.touched = 'true';
      update();
    }
  });
  // Edits in the file itself are checked too.
  fileText.addEventListener('input', () => checkFile());
  fileName.addEventListener('input', () => checkFile());
  update();
}
