/**
 * "Stand am": which agreements were in force on a day, with the parties taking part
 * then, and who owned which provider. The registry prepares the data once; this pure
 * function answers for any day, on the static year-end pages and in the browser's date
 * picker alike, so both always agree.
 */
import { periodCovers, type DateValue } from '../schemas/dates.ts';

export interface StateLink {
  name: string;
  url: string;
}

export interface StateData {
  agreements: (StateLink & {
    id: string;
    start?: DateValue | undefined;
    end?: DateValue | undefined;
    parties: (StateLink & { joined?: DateValue | undefined; left?: DateValue | undefined })[];
  })[];
  providers: (StateLink & {
    id: string;
    owners: (StateLink & { since?: DateValue | undefined; until?: DateValue | undefined })[];
  })[];
}

/** The state on a day (`YYYY-MM-DD`): agreements surely in force, owners surely holding. */
export function stateOn(data: StateData, day: string) {
  return {
    agreements: data.agreements
      .filter((agreement) => agreement.start !== undefined && periodCovers(agreement.start, agreement.end, day))
      .map((agreement) => ({ ...agreement, parties: agreement.parties.filter((party) => periodCovers(party.joined, party.left, day)) })),
    providers: data.providers
      .map((provider) => ({ ...provider, owners: provider.owners.filter((owner) => periodCovers(owner.since, owner.until, day)) }))
      .filter((provider) => provider.owners.length > 0),
  };
}

export type State = ReturnType<typeof stateOn>;
