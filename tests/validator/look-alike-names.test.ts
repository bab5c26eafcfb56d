/**
 * A new organisation or solution whose name looks like an existing one's: homoglyphs
 * from other scripts, zero-width characters, decomposed umlauts (NFD), fullwidth
 * letters, or the very same name. Reported in the new record, naming the other; the
 * existing record is not blamed. Odd characters in a name are reported even without a
 * look-alike.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { comparisonKey } from '../../src/validation/look-alike-names.ts';
import { formatDiagnostic } from '../../src/validation/report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyOfRealContent } from './helpers.ts';

const NEW = `${CONTENT_PATHS.organisations}/neue-organisation.yaml`;

/** A valid organisation record with this name (line 1) and, if given, short name (line 2). */
function organisation(name: string, shortName?: string, extra = ''): string {
  return `name: ${JSON.stringify(name)}\n${shortName === undefined ? '' : `shortName: ${JSON.stringify(shortName)}\n`}kind: it-dienstleister\nland: hamburg\ndescription: Eine neue Organisation (Testdaten).\n${extra}`;
}

/** The diagnostics after adding files (project-relative path → text) to a copy of the real records. */
function validateWith(files: Record<string, string>) {
  const root = copyOfRealContent();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return validateContent({ root }).diagnostics;
}

interface Case {
  name: string;
  text: string;
  line: number;
  field: string;
  message: RegExp;
}

const dataport = '„dataport“ \\(src/content/organisations/dataport\\.yaml\\)';

const cases: Case[] = [
  {
    name: 'a Cyrillic letter in a Latin name',
    text: organisation('Dаtaport'),
    line: 1,
    field: 'name',
    message: new RegExp(
      `^Name „Dаtaport“ sieht aus wie der Name „Dataport“ der Organisation ${dataport}, enthält aber ein kyrillisches „а“ \\(U\\+0430\\) an Stelle 2\\. Ist es dieselbe, bitte deren Kennung „dataport“ verwenden`,
    ),
  },
  {
    name: 'a Greek letter in a Latin name',
    text: organisation('Datapοrt'),
    line: 1,
    field: 'name',
    message: new RegExp(
      `sieht aus wie der Name „Dataport“ der Organisation ${dataport}, enthält aber ein griechisches „ο“ \\(U\\+03BF\\) an Stelle 6`,
    ),
  },
  {
    name: 'a zero-width space',
    text: organisation('Data\u200Bport'),
    line: 1,
    field: 'name',
    message: new RegExp(
      `sieht aus wie der Name „Dataport“ der Organisation ${dataport}, enthält aber ein unsichtbares Zeichen \\(U\\+200B\\) an Stelle 5`,
    ),
  },
  {
    name: 'decomposed umlauts (NFD)',
    text: organisation('Hessischer Sta\u0308dtetag'),
    line: 1,
    field: 'name',
    message:
      /sieht aus wie der Name „Hessischer Städtetag“ der Organisation „hessischer-staedtetag“ .*enthält aber Umlaute oder Akzente in zerlegter Form \(Unicode NFD statt NFC\)/,
  },
  {
    name: 'fullwidth letters',
    text: organisation('Ｄａｔａｐｏｒｔ'),
    line: 1,
    field: 'name',
    message: new RegExp(
      `sieht aus wie der Name „Dataport“ der Organisation ${dataport}, enthält aber die Sonderform „Ｄ“ \\(U\\+FF24\\) an Stelle 1, .* und 5 weitere`,
    ),
  },
  {
    name: 'the same name',
    text: organisation('Dataport'),
    line: 1,
    field: 'name',
    message: new RegExp(`^Name „Dataport“ gleicht dem Namen „Dataport“ der Organisation ${dataport}\\. Ist es dieselbe`),
  },
  {
    name: 'the same name in capitals',
    text: organisation('DATAPORT'),
    line: 1,
    field: 'name',
    message: new RegExp(
      `^Name „DATAPORT“ sieht aus wie der Name „Dataport“ der Organisation ${dataport} \\(bis auf Groß- und Kleinschreibung`,
    ),
  },
  {
    name: 'a short name like another’s, with a Ukrainian І',
    text: organisation('Ein neuer Dienstleister', 'ІTDZ Berlin'),
    line: 2,
    field: 'shortName',
    message:
      /^Kurzform „ІTDZ Berlin“ sieht aus wie die Kurzform „ITDZ Berlin“ der Organisation „itdz-berlin“ .*enthält aber ein kyrillisches „І“ \(U\+0406\) an Stelle 1/,
  },
  {
    name: 'mixed scripts without any look-alike',
    text: organisation('Zweckverband Nоrdstadt'),
    line: 1,
    field: 'name',
    message: /^Name „Zweckverband Nоrdstadt“ enthält ein kyrillisches „о“ \(U\+043E\) an Stelle 15\. Solche Zeichen/,
  },
  {
    name: 'a zero-width joiner in a former name',
    text: organisation('Ein neuer Dienstleister', undefined, 'formerNames:\n  - name: "Alter\u200DName"\n    until: 2020\n'),
    line: 6,
    field: 'formerNames[0].name',
    message: /^Der Name „Alter\u200DName“ enthält ein unsichtbares Zeichen \(U\+200D\) an Stelle 6/,
  },
];

describe('look-alike names', () => {
  it.each(cases)('reports $name, in the new record only', ({ text, line, field, message }) => {
    const diagnostics = validateWith({ [NEW]: text });
    expect(diagnostics).toEqual([{ file: NEW, line, column: expect.any(Number), field, message: expect.stringMatching(message) }]);
  });

  it('reports a look-alike solution in the new solution', () => {
    const file = `${CONTENT_PATHS.solutions}/llmoin-kopie.yaml`;
    const diagnostics = validateWith({ [file]: 'name: LLМoin\ndescription: Eine Kopie (Testdaten).\n' });
    expect(diagnostics).toEqual([
      {
        file,
        line: 1,
        column: expect.any(Number),
        field: 'name',
        message: expect.stringMatching(
          /^Name „LLМoin“ sieht aus wie der Name „LLMoin“ der Lösung „llmoin“ .*ein kyrillisches „М“ \(U\+041C\) an Stelle 3/,
        ),
      },
    ]);
  });

  describe('two new records with the same name and no users', () => {
    const a = `${CONTENT_PATHS.organisations}/zwilling-a.yaml`;
    const b = `${CONTENT_PATHS.organisations}/zwilling-b.yaml`;
    /** Both twins, the first changed at `timeA`, the second at `timeB` (seconds since 1970). */
    const twins = (timeA: number, timeB: number) => {
      const root = copyOfRealContent();
      writeFileSync(join(root, a), organisation('Zwillingsverband'));
      writeFileSync(join(root, b), organisation('Zwillingsverband'));
      utimesSync(join(root, a), timeA, timeA);
      utimesSync(join(root, b), timeB, timeB);
      return validateContent({ root }).diagnostics;
    };

    it('are reported in the one changed last, naming the other', () => {
      expect(twins(1_800_000_000, 1_800_000_100)).toEqual([
        expect.objectContaining({ file: b, field: 'name', message: expect.stringContaining('der Organisation „zwilling-a“') }),
      ]);
      expect(twins(1_800_000_100, 1_800_000_000)).toEqual([
        expect.objectContaining({ file: a, field: 'name', message: expect.stringContaining('der Organisation „zwilling-b“') }),
      ]);
    });

    it('are both reported, each naming the other, if nothing tells them apart', () => {
      expect(twins(1_800_000_000, 1_800_000_000)).toEqual([
        expect.objectContaining({ file: a, field: 'name', message: expect.stringContaining('der Organisation „zwilling-b“') }),
        expect.objectContaining({ file: b, field: 'name', message: expect.stringContaining('der Organisation „zwilling-a“') }),
      ]);
    });
  });

  it('shows the invisible character in the printed line', () => {
    const [diagnostic] = validateWith({ [NEW]: organisation('Data\u200Bport') });
    expect(formatDiagnostic(diagnostic!)).toContain('Name „Data\\u200bport“');
  });

  it('keeps different names apart', () => {
    for (const [a, b] of [
      ['Dataport', 'Datenport'],
      ['Stadt Fulda', 'Stadt Fürth'],
      ['Landkreistag', 'Städtetag'],
    ] as const)
      expect(comparisonKey(a)).not.toBe(comparisonKey(b));
  });
});
