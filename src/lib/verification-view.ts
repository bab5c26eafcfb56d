/**
 * What an agreement's page says about its verification, as plain data: when it was last
 * checked against its sources and on whose initiative, and which parties confirmed it.
 */
import { formatPartialDate } from '../schemas/dates.ts';
import type { Verification, VerificationRole } from '../schemas/verification.ts';
import type { Registry } from './registry-core.ts';
import { actorUrl } from './registry-core.ts';
import type { SourceRef } from './statements.ts';
import { sourceRefs } from './view-links.ts';

/** The role as it reads after "zuletzt gegen die Quellen geprüft am …". */
export const CHECKED_BY: Record<VerificationRole, string> = {
  redaktion: 'von der Redaktion',
  'hinweis-partei': 'auf Hinweis einer Partei',
};

export interface VerificationView {
  checked?: { date: string; label: string; by: string } | undefined;
  confirmedBy: { name: string; href: string; date?: string | undefined; note?: string | undefined; sources: SourceRef[] }[];
}

export function verificationView(
  registry: Registry,
  verification: Verification | undefined,
  numbers: Record<string, number> = {},
): VerificationView {
  if (!verification) return { confirmedBy: [] };
  return {
    checked: { date: verification.checked, label: formatPartialDate(verification.checked), by: CHECKED_BY[verification.checkedBy] },
    confirmedBy: verification.confirmedBy.map((confirmation) => {
      const actor = registry.actorOf(confirmation);
      return {
        name: actor.name,
        href: actorUrl(actor),
        date: confirmation.date && formatPartialDate(confirmation.date),
        note: confirmation.note,
        sources: sourceRefs(confirmation.sources, numbers),
      };
    }),
  };
}
