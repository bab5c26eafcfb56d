/**
 * What the contribution page (/mitmachen/) needs of the registry: the template the file
 * form starts from without JavaScript, the parties to choose from, the ids the browser
 * check knows (the same as the validator's, src/contribute/check-record.ts), and what a
 * membership or share needs to know of the organisation file it goes into.
 */
import type { Registry } from '../lib/registry-core.ts';
import { organisationName } from '../lib/registry-core.ts';
import type { KnownIds } from './check-record.ts';
import { compactOutline, isPlainOutline, outlineOfRecord, type OrganisationOutline } from './organisation-edits.ts';
import { newRecordText } from './record-template.ts';

export interface PartyOption {
  id: string;
  kind: 'org' | 'land';
  label: string;
}

export interface ContributeView {
  template: string;
  partyOptions: PartyOption[];
  /** Each party's kind by its id, for the page script. */
  partyKinds: Record<string, PartyOption['kind']>;
  knownIds: KnownIds;
  /** Only the organisations whose file has members, owners or no sources: the page script knows the outline of all others. */
  outlines: Record<string, OrganisationOutline>;
}

export function contributeView(registry: Registry): ContributeView {
  const partyOptions: PartyOption[] = [
    ...registry.organisations.map((org) => ({ id: org.id, kind: 'org' as const, label: `${organisationName(org)} (Organisation)` })),
    ...registry.laender.map((land) => ({ id: land.id, kind: 'land' as const, label: `${land.name} (Land)` })),
  ];
  return {
    template: newRecordText({ title: '', kind: 'kooperationsvereinbarung', signed: '', parties: [{ org: '' }, { org: '' }] }),
    partyOptions,
    partyKinds: Object.fromEntries(partyOptions.map((option) => [option.id, option.kind])),
    knownIds: {
      organisations: registry.organisations.map((org) => org.id),
      laender: registry.laender.map((land) => land.id),
      topics: registry.topics.map((topic) => topic.id),
      agreements: registry.agreements.map((agreement) => agreement.id),
    },
    outlines: Object.fromEntries(
      registry.organisations.flatMap((org) => {
        const outline = compactOutline(outlineOfRecord(org));
        return isPlainOutline(outline) ? [] : [[org.id, outline]];
      }),
    ),
  };
}
