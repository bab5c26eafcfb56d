/** The body renderer's source markers: <Beleg> becomes numbered links to the record's sources. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { renderRecordBody } from '../../src/lib/record-body.ts';

describe('<Beleg> in a record body', () => {
  it('becomes footnote markers numbered like the record’s sources, each linking to its source', () => {
    const html = renderRecordBody('Die Partner wollen bis 2027 zwölf Dienste anbieten.<Beleg quelle="meldung landtag" />', 'x.mdx', {
      meldung: 1,
      landtag: 3,
    });
    const links = parse(html).querySelectorAll('p sup.source-refs a');
    expect(links.map((link) => [link.getAttribute('href'), link.text, link.getAttribute('aria-label')])).toEqual([
      ['#quelle-meldung', '[1]', 'Quelle 1'],
      ['#quelle-landtag', '[3]', 'Quelle 3'],
    ]);
  });

  it('still links to the source when no number is known, and never puts anything but a source id into the link', () => {
    expect(parse(renderRecordBody('Ein Satz.<Beleg quelle="meldung" />', 'x.mdx')).querySelector('sup a')?.text).toBe('[Quelle]');
    const html = renderRecordBody('Ein Satz.<Beleg quelle="a&quot;><script>x</script> meldung" />', 'x.mdx');
    expect(html).not.toContain('script');
    expect(
      parse(html)
        .querySelectorAll('sup a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#quelle-meldung']);
  });
});
