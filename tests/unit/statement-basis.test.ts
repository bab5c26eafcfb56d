/**
 * No page says more than the records. Every derived statement in every page's view model
 * carries the facts it rests on (src/lib/statements.ts); here each fact is looked up in the
 * records and must say what the claim needs:
 * - a signature needs `signed` or a step `unterzeichnung`;
 * - "in force" needs an event `in-kraft`, a step `inkrafttreten`, `effective` or the status
 *   `in-kraft`/`beendet`;
 * - a Land's involvement needs a party (the Land, its ministry or state chancellery) or an
 *   organisation that is a party and that the Land owned on that date;
 * - an organisation, owner or party on a day needs its start on or before that day;
 * - a replacement needs the replacing agreement's in-force fact.
 * Over the fixtures and over the real records, with properties only (no counts or slugs).
 */
import { describe, expect, it } from 'vitest';
import { registryFromFiles } from '../../scripts/lib/registry-from-files.ts';
import { actsForLand, isOwnerAt, type Registry } from '../../src/lib/registry-core.ts';
import { pageKey } from '../../src/lib/page-key.ts';
import type { Basis, Statement } from '../../src/lib/statements.ts';
import { dateBounds, type DateValue } from '../../src/schemas/dates.ts';
import { modelFixtureRoot, statementFixtureRoot } from '../model-fixtures.ts';
import { allPageViews } from './page-views.ts';

const corpora: [string, Registry][] = [
  ['model fixtures', registryFromFiles({ root: modelFixtureRoot() }).registry],
  ['statement fixtures', registryFromFiles({ root: statementFixtureRoot() }).registry],
  ['real records', registryFromFiles().registry],
];

function isStatement(value: unknown): value is Statement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Statement).text === 'string' &&
    typeof (value as Statement).claim === 'string' &&
    Array.isArray((value as Statement).basis)
  );
}

/** Every statement anywhere in a view model, with where it is. */
function statementsIn(value: unknown, path: string, found: [string, Statement][] = []): [string, Statement][] {
  if (isStatement(value)) found.push([path, value]);
  if (Array.isArray(value)) value.forEach((item, index) => statementsIn(item, `${path}[${index}]`, found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) statementsIn(item, `${path}.${key}`, found);
  return found;
}

/** The value at a field path such as `parties[2].steps[0]` in a record. */
function valueAt(record: unknown, field: string): unknown {
  return field
    .split(/[.[\]]/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key]), record);
}

/** Surely on or before a day: the date's last possible day is not later. */
const surelyBy = (date: DateValue | undefined, day: DateValue | undefined) => {
  if (date === undefined || day === undefined) return false;
  const begun = dateBounds(date).latest ?? dateBounds(date).earliest;
  const when = dateBounds(day).earliest ?? dateBounds(day).latest;
  return begun !== undefined && when !== undefined && begun <= when;
};

function check(registry: Registry, where: string, claim: Statement) {
  const record = (basis: Basis) => {
    const [kind, id] = basis.record.split('/') as ['agreements' | 'organisations', string];
    return kind === 'agreements' ? registry.agreement(id)?.data : registry.organisation(id);
  };
  const facts = claim.basis.map((basis) => ({ basis, value: valueAt(record(basis), basis.field) as Record<string, unknown> | undefined }));
  const message = `${where}: „${claim.text}“ (${claim.claim}) ${JSON.stringify(claim.basis)}`;
  for (const { value } of facts) expect(value, `${message}: basis not found`).toBeDefined();
  const type = (fact: (typeof facts)[number]) => (typeof fact.value === 'object' ? (fact.value as { type?: string }).type : undefined);
  const any = (test: (fact: (typeof facts)[number]) => boolean) => expect(facts.some(test), message).toBe(true);
  const signed = (fact: (typeof facts)[number]) => fact.basis.field === 'signed' || type(fact) === 'unterzeichnung';
  const inForce = (fact: (typeof facts)[number]) =>
    type(fact) === 'in-kraft' ||
    type(fact) === 'inkrafttreten' ||
    fact.basis.field === 'effective' ||
    (fact.basis.field === 'status' &&
      (fact.value as unknown) !== undefined &&
      ['in-kraft', 'beendet'].includes(fact.value as unknown as string));

  switch (claim.claim) {
    case 'signed':
      return any(signed);
    case 'joined':
      return any((fact) => type(fact) === 'beitritt');
    case 'in-force':
      return any(inForce);
    case 'ended':
      return any((fact) => type(fact) === 'beendet');
    case 'planned':
      // An announced accession, or a step that makes a party a party with only a planned date.
      return any((fact) =>
        ((fact.value?.steps as { type: string; date?: unknown; planned?: unknown }[] | undefined) ?? []).some(
          (step) =>
            step.type === 'beitritt-geplant' ||
            (['unterzeichnung', 'beitritt', 'zustimmung', 'inkrafttreten'].includes(step.type) &&
              step.date === undefined &&
              step.planned !== undefined),
        ),
      );
    case 'status':
      return any((fact) => fact.basis.field === 'status' || fact.basis.field.startsWith('related['));
    case 'replaced':
      any((fact) => (fact.value as { relation?: string } | undefined)?.relation === 'ersetzt');
      return any(inForce);
    case 'located':
      return any((fact) => fact.basis.field === 'land' && (fact.value as unknown) === claim.land);
    case 'land-party':
      expect(facts.length, message).toBeGreaterThan(0);
      for (const fact of facts) {
        const party = fact.value as { land?: string; org?: string; group?: { members: { land?: string; org?: string }[] } };
        // A Land the source names as a member of a group ("die Länder", named: Hessen) is a party by name.
        const named = party.group ? party.group.members : [party];
        expect(
          named.some((member) => {
            const org = member.org ? registry.organisation(member.org) : undefined;
            return member.land === claim.land || (org !== undefined && org.land === claim.land && actsForLand(org));
          }),
          message,
        ).toBe(true);
      }
      return;
    case 'land-through': {
      const party = facts.find((fact) => fact.basis.record.startsWith('agreements/'));
      const owner = facts.find((fact) => fact.basis.record.startsWith('organisations/'));
      const org = registry.organisation(owner!.basis.record.split('/')[1]!)!;
      expect((party?.value as { org?: string }).org, message).toBe(org.id);
      expect((owner?.value as { land?: string }).land, message).toBe(claim.land);
      expect(
        isOwnerAt(org.owners[Number(/\d+/.exec(owner!.basis.field)![0])]!, claim.on, registry.organisationStart(org.id)),
        message,
      ).toBe(true);
      return;
    }
    case 'exists':
      return any((fact) => {
        if (fact.basis.field === 'founded') return surelyBy(fact.value as unknown as DateValue, claim.on);
        if (fact.basis.field === 'foundedBy') return surelyBy(registry.organisationStart(fact.basis.record.split('/')[1]!), claim.on);
        return surelyBy(fact.value as unknown as DateValue, claim.on);
      });
    case 'owner-on': {
      const ownerFact = facts.find((fact) => /^owners\[\d+\]$/.test(fact.basis.field))!;
      const org = registry.organisation(ownerFact.basis.record.split('/')[1]!)!;
      const owner = ownerFact.value as { since?: DateValue; until?: DateValue };
      if (claim.on === undefined) return;
      // Never before its start: an owner without "since" starts with the organisation, never "always".
      const start = owner.since ?? registry.organisationStart(org.id);
      expect(start, `${message}: owner on a day without any start`).toBeDefined();
      expect(surelyBy(start, claim.on), message).toBe(true);
      if (owner.until !== undefined) expect((dateBounds(owner.until).earliest ?? '') > String(claim.on), message).toBe(true);
      return;
    }
    case 'party-on': {
      const [kind, id] = facts[0]!.basis.record.split('/');
      expect(kind).toBe('agreements');
      const index = Number(/\d+/.exec(facts[0]!.basis.field)![0]);
      const party = registry.agreement(id!)!.parties.find((entry) => entry.entry === index)!;
      expect(party.participation, message).not.toBe('geplant');
      // Joined by then, or a party from the start of an agreement in force by then (its in-force fact in the basis).
      const inForceBy = facts.slice(1).some((fact) => {
        const date =
          fact.basis.field === 'effective' ? (fact.value as unknown as DateValue) : (fact.value as { date?: DateValue } | undefined)?.date;
        return surelyBy(date, claim.on);
      });
      expect(
        party.joined === undefined ||
          surelyBy(party.joined, claim.on) ||
          (inForceBy && !party.steps.some((step) => step.type === 'beitritt')),
        message,
      ).toBe(true);
      if (party.actor.kind === 'org') {
        const start = registry.organisationStart(party.actor.id);
        if (start !== undefined) expect((dateBounds(start).earliest ?? '') <= String(claim.on), message).toBe(true);
      }
      return;
    }
  }
}

describe.each(corpora)('every page of the %s', (_name, registry) => {
  const views = allPageViews(registry);

  it('has a plain view model, its cache key', () => {
    expect(views.length).toBeGreaterThan(0);
    for (const [path, view] of views) expect(() => pageKey(view), path).not.toThrow();
  });

  it('states nothing without the fact it rests on', () => {
    let count = 0;
    for (const [path, view] of views) {
      for (const [where, claim] of statementsIn(view, path)) {
        count++;
        check(registry, where, claim);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('says "unterzeichnet" or "in Kraft" only as a claim of that kind', () => {
    for (const [path, view] of views) {
      for (const [where, claim] of statementsIn(view, path)) {
        if (/unterzeichnet/i.test(claim.text)) expect(claim.claim, where).toBe('signed');
        if (/^(In Kraft|in Kraft)\b/.test(claim.text)) expect(claim.claim, where).toBe('in-force');
        if (/^Ersetz/.test(claim.text)) expect(claim.claim, where).toBe('replaced');
      }
    }
  });

  it('never calls a replacement "Ersetzt" unless the replacing agreement is in force', () => {
    for (const agreement of registry.agreements) {
      for (const relation of agreement.relations.filter((entry) => entry.kind === 'ersetzt')) {
        const replacing = relation.outgoing ? agreement : relation.other;
        const inForce =
          replacing.data.status === 'in-kraft' ||
          replacing.data.status === 'beendet' ||
          replacing.data.events.some((event) => event.type === 'in-kraft') ||
          replacing.data.effective !== undefined ||
          replacing.data.parties.some((party) => party.steps.some((step) => step.type === 'inkrafttreten'));
        expect(/^Ersetzt/.test(relation.label), `${agreement.id}: ${relation.label}`).toBe(inForce);
      }
    }
  });

  it('never counts a Land as involved by an organisation merely located in it', () => {
    for (const agreement of registry.agreements) {
      for (const involvement of agreement.laender) {
        for (const org of involvement.via) {
          const party = agreement.parties.find((entry) => entry.actor.kind === 'org' && entry.actor.id === org.id)!;
          expect(
            org.owners.some(
              (owner) => owner.land === involvement.land.id && isOwnerAt(owner, party.joined, registry.organisationStart(org.id)),
            ),
            `${agreement.id}: ${involvement.land.id} über ${org.id}`,
          ).toBe(true);
        }
      }
    }
  });
});
