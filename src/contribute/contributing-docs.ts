/**
 * The value tables of CONTRIBUTING.md, generated from the schemas' labelledEnum tables
 * so the guide cannot drift from what the validator accepts. `npm run docs` writes them;
 * tests/unit/contribution-docs.test.ts fails when the guide is out of date.
 *
 * Every labelledEnum exported by a record schema is listed, also ones added later: a new
 * table appears under its export name until it gets a heading here.
 */
import * as agreementSchemas from '../schemas/agreement.ts';
import * as organisationSchemas from '../schemas/organisation.ts';
import * as verificationSchemas from '../schemas/verification.ts';

interface LabelledEnum {
  values: readonly string[];
  labels: Record<string, string>;
}

/** German headings with the field each table belongs to, in the guide's order. */
const HEADINGS: Record<string, string> = {
  agreementKinds: 'Arten von Vereinbarungen (`kind`)',
  agreementStatuses: 'Status einer Vereinbarung (`status`)',
  eventTypes: 'Ereignisse für alle Parteien (`events[].type`)',
  stepTypes: 'Schritte einer Partei (`parties[].steps[].type`)',
  relationKinds: 'Beziehungen zwischen Vereinbarungen (`related[].relation`)',
  organisationKinds: 'Arten von Organisationen (`kind` einer Organisation)',
  legalForms: 'Rechtsformen (`legalForm` einer Organisation)',
  membershipEnds: 'Ende einer Mitgliedschaft (`members[].end`)',
  solutionUses: 'Was eine Vereinbarung mit einer Lösung regelt (`solutions[].use`)',
  verificationRoles: 'Wer einen Eintrag geprüft hat (`verification.checkedBy`)',
};

export const GENERATED_START = '<!-- Beginn: erzeugt aus src/schemas/ mit „npm run docs“, bitte nicht von Hand ändern -->';
export const GENERATED_END = '<!-- Ende: erzeugt aus src/schemas/ -->';

function isLabelledEnum(value: unknown): value is LabelledEnum {
  return (
    typeof value === 'object' &&
    value !== null &&
    'values' in value &&
    'labels' in value &&
    'schema' in value &&
    Array.isArray((value as LabelledEnum).values)
  );
}

/** Every labelledEnum table of the record schemas, by export name. */
export function schemaTables(): [string, LabelledEnum][] {
  const exports: [string, unknown][] = Object.entries({ ...agreementSchemas, ...organisationSchemas, ...verificationSchemas });
  const all = exports.filter((entry): entry is [string, LabelledEnum] => isLabelledEnum(entry[1]));
  const order = Object.keys(HEADINGS);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return all.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The generated part of the guide, markers included. */
export function contributingTables(): string {
  const sections = schemaTables().map(([name, table]) =>
    [
      `### ${HEADINGS[name] ?? `\`${name}\``}`,
      '',
      '| Wert | Bedeutung |',
      '| --- | --- |',
      ...table.values.map((value) => `| \`${value}\` | ${table.labels[value]} |`),
    ].join('\n'),
  );
  return [GENERATED_START, '', ...sections.flatMap((section) => [section, '']), GENERATED_END].join('\n');
}

/** The guide with its generated part replaced by the current tables. */
export function updateContributing(guide: string): string {
  const start = guide.indexOf(GENERATED_START);
  const end = guide.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md: Markierungen „${GENERATED_START}“ … „${GENERATED_END}“ fehlen`);
  return guide.slice(0, start) + contributingTables() + guide.slice(end + GENERATED_END.length);
}
