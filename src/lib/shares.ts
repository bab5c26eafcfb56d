/** How shares read on pages: amounts in their currency, and the word for an organisation's owners. */
import type { Organisation, Stake } from '../schemas/organisation.ts';

export function formatNominal(nominal: NonNullable<Stake['nominal']>): string {
  return nominal.amount.toLocaleString('de-DE', { style: 'currency', currency: nominal.currency, maximumFractionDigits: 2 });
}

/** Companies have shareholders ("Gesellschafter"); public bodies have "Träger". */
export function ownersWord(org: Pick<Organisation, 'legalForm' | 'kind'>): { plural: string; singular: string } {
  return org.legalForm === 'gmbh' ? { plural: 'Gesellschafter', singular: 'Gesellschafter' } : { plural: 'Träger', singular: 'Träger' };
}
