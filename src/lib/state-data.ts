/**
 * What the "Stand am" views need, prepared once from the registry (build time only; the
 * browser gets the result as JSON): each agreement's dated facts of signature, entry into
 * force and end, its parties' periods, and each organisation's start and its owners'
 * periods — every one with the record field it comes from. The rules are in state-at.ts.
 */
import { compareDateValues, type DateValue } from '../schemas/dates.ts';
import { endFact, inForceFacts, signatureFacts } from './agreement-facts.ts';
import { actorUrl, organisationName, type Registry } from './registry-core.ts';
import type { StateData, StateFact } from './state-at.ts';
import { urls } from './urls.ts';

const cache = new WeakMap<Registry, StateData>();

/** The "Stand am" data of a registry, worked out once however many pages ask. */
export function stateDataOf(registry: Registry): StateData {
  let data = cache.get(registry);
  if (!data) cache.set(registry, (data = buildStateData(registry)));
  return data;
}

function buildStateData(registry: Registry): StateData {
  const fact = (record: string, field: string, date: DateValue | undefined): StateFact | undefined =>
    date === undefined ? undefined : { date, basis: [`${record}#${field}`] };
  const earliest = <T extends { date?: DateValue | undefined }>(facts: T[]) =>
    facts.filter((entry) => entry.date !== undefined).sort((a, b) => compareDateValues(a.date!, b.date!))[0];

  const agreements = registry.agreements.map((agreement) => {
    const { data } = agreement;
    const record = `agreements/${agreement.id}`;
    const inForce = inForceFacts(data);
    const dated = inForce.find((entry) => entry.kind !== 'status' && entry.date !== undefined);
    const signature = earliest(signatureFacts(data));
    const end = endFact(data);
    return {
      id: agreement.id,
      name: data.title,
      url: urls.agreement(agreement.id),
      inForce: dated ? fact(record, dated.field, dated.date) : undefined,
      inForceUndated: !dated && inForce.length > 0 ? [`${record}#${inForce[0]!.field}`] : undefined,
      signed: signature ? fact(record, signature.field, signature.date) : undefined,
      end: end ? fact(record, end.field, end.date) : undefined,
      parties: agreement.parties.flatMap((party) =>
        party.participation === 'geplant'
          ? []
          : [
              {
                name: party.actor.name,
                url: actorUrl(party.actor),
                joined: party.joined,
                left: party.left,
                original:
                  party.participation === 'partei' ||
                  (party.participation === 'ausgetreten' && !party.steps.some((step) => step.type === 'beitritt')),
                start: party.actor.kind === 'org' ? registry.organisationStart(party.actor.id) : undefined,
                basis: [`${record}#parties[${party.entry}]`],
              },
            ],
      ),
    };
  });

  const providers = registry.organisations
    .filter((org) => org.owners.length > 0)
    .map((org) => {
      const record = `organisations/${org.id}`;
      const own = registry.organisationStart(org.id);
      const startField = org.founded !== undefined ? 'founded' : 'foundedBy';
      // Without a recorded start, an owner's "since" shows the organisation existed by then.
      const firstOwner = earliest(org.owners.map((owner, index) => ({ date: owner.since, index })));
      const start =
        own !== undefined
          ? fact(record, startField, own)
          : firstOwner
            ? fact(record, `owners[${firstOwner.index}].since`, firstOwner.date)
            : undefined;
      return {
        id: org.id,
        name: organisationName(org),
        url: urls.organisation(org.id),
        start,
        end: fact(record, 'dissolved', org.dissolved),
        owners: org.owners.map((owner, index) => {
          const actor = registry.actorOf(owner);
          // An owner without "since" starts with the organisation, never "always".
          const since = owner.since ?? own;
          return {
            name: actor.name,
            url: actorUrl(actor),
            since,
            until: owner.until,
            basis: [`${record}#owners[${index}]`, ...(owner.since === undefined && own !== undefined ? [`${record}#${startField}`] : [])],
          };
        }),
      };
    });
  return { agreements, providers };
}
