/**
 * A small valid agreement between Dataport and KITU, as the text of a record file, for
 * tests that add one record to a copy of the project. Only what a test varies is a
 * parameter; the parties sit on lines 8 and 9, which messages are checked against.
 */
export function testAgreement({
  title = 'Testvereinbarung',
  sources = '\n  - url: https://example.org/meldung\n    title: Meldung\n    publisher: Beispielverlag',
  body = 'Text.',
}: { title?: string; /** The YAML list below `sources:`, from its first line break. */ sources?: string; body?: string } = {}): string {
  return [
    '---',
    `title: ${title}`,
    'kind: kooperationsvereinbarung',
    'summary: Zwei Partner arbeiten zusammen.',
    'status: unterzeichnet',
    'signed: 2020-05',
    'parties:',
    '  - org: dataport',
    '  - org: kitu',
    'topics:',
    '  - nachnutzung',
    `sources:${sources}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}
