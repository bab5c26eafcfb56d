/**
 * The coverage page (/daten/abdeckung/) and the list of known, not yet recorded agreements
 * on /daten/qualitaet/ show what the files hold: every known-missing entry with its
 * source, every stated total with its figure as the source gives it, and counts that match
 * the records. Expectations come from the validated files, not from the coverage view.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readPage } from './site.ts';

const { content } = validateContent();
const numbers = new Intl.NumberFormat('de-DE');
const text = (node: { text: string } | null | undefined) => node?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('coverage page', () => {
  const page = readPage('/daten/abdeckung/');

  it('says the atlas is incomplete, with the number of records and of known gaps', () => {
    expect(text(page.querySelector('.lead'))).toContain('nicht vollständig');
    expect(text(page.querySelector('[data-figure="recorded"]'))).toBe(numbers.format(content.agreements.size));
    expect(text(page.querySelector('[data-figure="known-missing"]'))).toBe(numbers.format(content.knownMissing.length));
    expect(page.querySelector('a[href="/daten/qualitaet/#bekannt-nicht-erfasst"]')).not.toBeNull();
  });

  it('shows every total a source states, with its figure, its Stand only where the source gives one, and the source', () => {
    const rows = page.querySelectorAll('[data-total]');
    expect(rows.map((row) => row.getAttribute('data-total'))).toEqual(expect.arrayContaining(content.knownTotals.map((total) => total.id)));
    expect(rows).toHaveLength(content.knownTotals.length);
    for (const total of content.knownTotals) {
      const row = page.querySelector(`[data-total="${total.id}"]`)!;
      const count = text(row.querySelector('[data-count]'));
      expect(count, total.id).toBe(`${numbers.format(total.count)}${total.approximate ? ' (nicht genau)' : ''}`);
      const cells = row.querySelectorAll('td');
      if (total.asOf === undefined) expect(text(cells[2]), total.id).toBe('nicht angegeben');
      else expect(text(cells[2]), total.id).not.toBe('nicht angegeben');
      expect(row.querySelector(`a[href="${total.source.url}"]`), total.id).not.toBeNull();
    }
  });

  it('counts per Land the agreements with the Land as a party, apart from those of bodies located there', () => {
    for (const land of content.laender.values()) {
      const row = page.querySelector(`[data-land="${land.id}"]`);
      expect(row, land.id).not.toBeNull();
      const known = content.knownMissing.filter((entry) => entry.laender.includes(land.id)).length;
      expect(text(row!.querySelector('[data-known-missing]')), land.id).toBe(numbers.format(known));
      const asParty = [...content.agreements.values()].filter((record) => record.data.parties.some((party) => party.land === land.id));
      // At least the agreements the Land itself signed as a party (its ministries count too, so not fewer).
      expect(Number(text(row!.querySelector('[data-recorded]')).replace(/\./g, '')), land.id).toBeGreaterThanOrEqual(asParty.length);
    }
  });

  it('counts per kind every record once', () => {
    const recorded = page
      .querySelectorAll('[data-kind] [data-recorded]')
      .reduce((sum, cell) => sum + Number(text(cell).replace(/\./g, '')), 0);
    expect(recorded).toBe(content.agreements.size);
  });
});

describe('known, not yet recorded agreements', () => {
  const page = readPage('/daten/qualitaet/');

  it('are listed with their source, each with an anchor to link to', () => {
    const section = page.querySelector('#bekannt-nicht-erfasst')?.parentNode;
    expect(section).toBeDefined();
    for (const entry of content.knownMissing) {
      const item = page.querySelector(`#bekannt-${entry.id}`);
      expect(item, entry.id).not.toBeNull();
      expect(text(item!.querySelector('.record-title')), entry.id).toBe(entry.title.replace(/\s+/g, ' ').trim());
      expect(item!.querySelector(`a[href="${entry.source.url}"]`), entry.id).not.toBeNull();
      for (const party of entry.parties) expect(text(item), entry.id).toContain(party.replace(/\s+/g, ' ').trim());
    }
  });

  it('are linked from the contribution page as invitations', () => {
    expect(readPage('/mitmachen/').querySelector('a[href="/daten/qualitaet/#bekannt-nicht-erfasst"]')).not.toBeNull();
  });
});
