/**
 * "Is it in force?" for one agreement as every view shows it — the agreement page, each
 * table row and list entry, each search result — so none of them can say otherwise.
 */
import { inForceAnswer, inForceStateLabels, type InForceState } from './agreement-facts.ts';
import type { AgreementView } from './registry-core.ts';
import { basisAttribute, type SourceRef, type Statement } from './statements.ts';
import { mergedSourceRefs, sourceNumbers } from './view-links.ts';

export interface InForceView {
  state: InForceState;
  /** The state in two or three words, for the badge: "In Kraft", "Beendet". */
  stateLabel: string;
  label: string;
  details: string[];
  statement: Statement;
  /** The facts as written into the page (`data-basis`). */
  basis: string;
  sources: SourceRef[];
}

/** The answer to "is it in force?" for an agreement, as pages, rows and search results show it. */
export function inForceOf(agreement: AgreementView, numbers: Record<string, number> = sourceNumbers(agreement.data.sources)): InForceView {
  const answer = inForceAnswer(agreement.id, agreement.data, {
    names: agreement.entries.map((entry) => entry.name),
    planned: agreement.entries.map((entry) => entry.participation === 'geplant'),
  });
  return {
    state: answer.state,
    stateLabel: inForceStateLabels[answer.state],
    label: answer.label,
    details: answer.details,
    statement: answer.statement,
    basis: basisAttribute(answer.statement.basis),
    sources: mergedSourceRefs(answer.sources, numbers),
  };
}
