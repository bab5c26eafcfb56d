/**
 * npm run new [-- --title "…" --kind kooperationsvertrag --signed 2026-03 --party dataport --party land:berlin]
 *
 * Creates a new agreement record in src/content/agreements/. Asks for what is missing
 * (with suggestions from the existing ids as you type); with all flags given, or without
 * a terminal, it runs without questions. The new file fails validation until its empty
 * fields are filled in, and the validator says which ones.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { input, search, select } from '@inquirer/prompts';
import { newRecordText, suggestSlug, type NewRecordAnswers } from '../src/contribute/record-template.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { isAfterDay, parsePartialDate, PARTIAL_DATE_FORMS, todayInGermany } from '../src/lib/dates.ts';
import { agreementKinds, type AgreementKind } from '../src/schemas/agreement.ts';
import { slug as slugSchema } from '../src/schemas/common.ts';
import { didYouMeanText } from '../src/validation/suggest.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    kind: { type: 'string' },
    signed: { type: 'string' },
    party: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    source: { type: 'string' },
    slug: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    yes: { type: 'boolean', default: false },
  },
});

class UsageError extends Error {}

const interactive = process.stdin.isTTY && !values.yes;
const { content } = validateContent({ root: values.root });

type Party = { org: string } | { land: string };
const partyChoices = [
  ...[...content.organisations.values()].map((org) => ({ value: `org:${org.id}`, name: `${org.shortName ?? org.name} (Organisation: ${org.id})` })),
  ...[...content.laender.values()].map((land) => ({ value: `land:${land.id}`, name: `${land.name} (Land: ${land.id})` })),
];

/** Accepts `org:dataport`, `land:berlin` or a bare id that names exactly one of them. */
function parseParty(value: string): Party {
  const [prefix, id] = value.includes(':') ? value.split(':', 2) : [undefined, value];
  if ((prefix === 'org' || prefix === undefined) && id && content.organisations.has(id)) return { org: id };
  if ((prefix === 'land' || prefix === undefined) && id && content.laender.has(id)) return { land: id };
  const known = [...content.organisations.keys(), ...content.laender.keys()];
  throw new UsageError(`Unbekannte Partei „${value}“.${didYouMeanText(id ?? value, known)} Neue Organisationen zuerst in ${CONTENT_PATHS.organisations}/ anlegen.`);
}

function checkDate(value: string): string | true {
  if (value.trim() === '') return true;
  if (!parsePartialDate(value.trim())) return `Datum in einer dieser Formen: ${PARTIAL_DATE_FORMS.join(', ')}`;
  if (isAfterDay(value.trim(), todayInGermany())) return 'Das Datum liegt in der Zukunft';
  return true;
}

async function askParties(): Promise<Party[]> {
  const parties: Party[] = [];
  for (;;) {
    const done = parties.length >= 2;
    const answer = await search<string>({
      message: done ? 'Weitere Partei (Eingabe leer lassen und „fertig“ wählen, wenn alle genannt sind)' : `Partei ${parties.length + 1} (Name oder Kennung tippen)`,
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        const matches = partyChoices.filter((choice) => choice.name.toLowerCase().includes(needle)).slice(0, 12);
        return done ? [{ value: '', name: 'fertig' }, ...matches] : matches;
      },
    });
    if (!answer) return parties;
    parties.push(parseParty(answer));
  }
}

async function collect(): Promise<NewRecordAnswers & { slug: string }> {
  const missing = (['title', 'kind', 'party'] as const).filter((key) => !values[key] || (Array.isArray(values[key]) && values[key].length === 0));
  if (!interactive && missing.length > 0) {
    throw new UsageError(`Ohne Rückfragen fehlen: ${missing.map((key) => `--${key}`).join(', ')}. Beispiel: npm run new -- --title "…" --kind kooperationsvertrag --signed 2026-03 --party dataport --party land:berlin`);
  }
  const title = values.title ?? await input({ message: 'Titel der Vereinbarung', validate: (value) => value.trim() !== '' || 'Bitte einen Titel angeben' });
  const kindValue = values.kind ?? await select({
    message: 'Art der Vereinbarung',
    choices: agreementKinds.values.map((value) => ({ value, name: agreementKinds.labels[value] })),
  });
  if (!agreementKinds.values.includes(kindValue as AgreementKind)) {
    throw new UsageError(`Unbekannte Art „${kindValue}“.${didYouMeanText(kindValue, agreementKinds.values)} Erlaubt: ${agreementKinds.values.join(', ')}`);
  }
  const signed = values.signed ?? (interactive
    ? await input({ message: `Datum der Unterzeichnung (${PARTIAL_DATE_FORMS.join(', ')}; leer, wenn nur angekündigt)`, validate: checkDate })
    : undefined);
  if (signed !== undefined) {
    const dateCheck = checkDate(signed);
    if (dateCheck !== true) throw new UsageError(`--signed „${signed}“: ${dateCheck}`);
  }
  const parties = values.party?.length ? values.party.map(parseParty) : await askParties();
  if (parties.length < 2) throw new UsageError('Eine Vereinbarung braucht mindestens zwei Parteien.');
  for (const topic of values.topic ?? []) {
    if (!content.topics.has(topic)) throw new UsageError(`Unbekanntes Thema „${topic}“.${didYouMeanText(topic, content.topics.keys())}`);
  }
  const answers: NewRecordAnswers = { title, kind: kindValue as AgreementKind, signed: signed?.trim() || undefined, parties, topics: values.topic, source: { url: values.source } };
  const slug = values.slug ?? suggestSlug(answers);
  if (!slugSchema.safeParse(slug).success) throw new UsageError(`Ungültige Kennung „${slug}“: nur Kleinbuchstaben, Ziffern und einzelne Bindestriche.`);
  return { ...answers, slug };
}

try {
  const answers = await collect();
  const file = join(CONTENT_PATHS.agreements, `${answers.slug}.mdx`);
  const path = join(values.root, file);
  if (existsSync(path)) {
    throw new UsageError(`${file} gibt es schon. Bitte mit --slug eine andere Kennung wählen, z. B. ${answers.slug}-2.`);
  }
  writeFileSync(path, newRecordText(answers));
  console.log(`✓ Angelegt: ${file}`);
  console.log('  Jetzt die leeren Felder ausfüllen (Zusammenfassung, Themen, Quelle) und den Platzhaltertext ersetzen.');
  console.log('  „npm run validate“ zeigt, was noch fehlt; „npm run dev“ zeigt die Seite unter');
  console.log(`  http://localhost:4321/vereinbarungen/${answers.slug}/`);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`✗ ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && error.name === 'ExitPromptError') {
    console.error('Abgebrochen, keine Datei angelegt.');
    process.exitCode = 1;
  } else {
    throw error;
  }
}
