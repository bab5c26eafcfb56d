/**
 * The browser check on /mitmachen/ and `npm run validate` agree: same fields, same
 * messages, for the form's template, a filled record and a record with mistakes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { checkRecordText } from '../../src/contribute/check-record.ts';
import { MAILTO_SAFE_LENGTH, recordMailto } from '../../src/contribute/mailto.ts';
import { newRecordText } from '../../src/contribute/record-template.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { knownIdsOf } from '../known-ids.ts';

const root = tempProject();
const known = knownIdsOf(validateContent({ root }).content);

/** What the validator says about one new file, in the browser check's shape. */
function validatorSays(text: string) {
  const file = 'src/content/agreements/browser-check-probe.mdx';
  writeFileSync(join(root, file), text);
  return validateContent({ root })
    .diagnostics.filter((diagnostic) => diagnostic.file === file)
    .map(({ field, message }) => ({ field, message }));
}

const filled = newRecordText({
  title: 'Kooperation zwischen Dataport und Berlin',
  kind: 'kooperationsvereinbarung',
  signed: '2024-05',
  parties: [{ org: 'dataport' }, { land: 'berlin' }],
  topics: ['nachnutzung'],
  summary: 'Dataport und Berlin arbeiten zusammen.',
  source: { url: 'https://example.org/meldung', title: 'Meldung', publisher: 'Beispiel', published: '2024-05' },
  body: 'Ein Text in eigenen Worten.',
});

describe('the browser check', () => {
  it('accepts a complete record, as the validator does', () => {
    expect(checkRecordText(filled, known)).toEqual([]);
    expect(validatorSays(filled)).toEqual([]);
  });

  it('names the open fields of the template exactly as the validator does', () => {
    const template = newRecordText({ title: 'Neu', kind: 'sonstige', parties: [{ org: 'dataport' }, { org: 'kitu' }] });
    const browser = checkRecordText(template, known);
    expect(browser.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(['summary', 'topics', 'sources[0].url', 'sources[0].title', '(Text)']),
    );
    expect(new Set(browser)).toEqual(new Set(validatorSays(template)));
  });

  it("reports wrong values, dates and unknown ids with the validator's messages", () => {
    const wrong = filled
      .replace('kind: kooperationsvereinbarung', 'kind: kooperationsvertag')
      .replace('signed: 2024-05', 'signed: 2024-13')
      .replace('org: dataport', 'org: dataprot')
      .replace('  - nachnutzung', '  - nachnutzungg');
    const browser = checkRecordText(wrong, known);
    expect(browser.find((problem) => problem.field === 'parties[0].org')?.message).toMatch(
      /^Unbekannte Kennung „dataprot“: .* Meinten Sie „dataport“\?$/,
    );
    expect(browser.map((problem) => problem.field)).toEqual(expect.arrayContaining(['kind', 'signed', 'topics[0]']));
    expect(new Set(browser)).toEqual(new Set(validatorSays(wrong)));
  });

  it('explains a file without front matter or with broken YAML', () => {
    expect(checkRecordText('Nur Text', known)[0]?.message).toContain('zwischen zwei Zeilen „---“');
    expect(checkRecordText('---\ntitle: [offen\n---\nText', known)[0]?.message).toContain('kein gültiges YAML');
  });
});

describe('sending a record by e-mail', () => {
  it('puts file name and record into a mailto link that decodes back unchanged', () => {
    const href = recordMailto('redaktion@example.org', 'dataport-berlin-2024.mdx', filled);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redaktion@example.org');
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!);
    expect(body.replace(/\r\n/g, '\n')).toContain(filled.trim());
    expect(decodeURIComponent(/[?&]subject=([^&]*)/.exec(href)![1]!)).toBe(
      'Neuer Eintrag für den Kooperationsatlas: dataport-berlin-2024.mdx',
    );
    expect(href).not.toContain('+');
    expect(href.length).toBeLessThan(MAILTO_SAFE_LENGTH);
  });
});
