/**
 * "Is it in force?" for one agreement as every view shows it — the agreement page, each
 * table row and list entry, each search result — so none of them can say otherwise.
 */
import { endFact, inForceAnswer, inForceStateLabels, type InForceState } from './agreement-facts.ts';
import { asSentence, dateInSentence } from './date-phrases.ts';
import type { AgreementView } from './registry-core.ts';
import { agreementRef, basisAttribute, type SourceRef, type Statement } from './statements.ts';
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
  // A supplement in force whose main agreement has ended: said, since the sources do not say whether it still applies.
  const ended =
    answer.state === 'in-kraft'
      ? agreement.relations.flatMap((relation) => {
          if (relation.kind !== 'ergaenzt' || !relation.outgoing) return [];
          const end = endFact(relation.other.data);
          return end ? [{ main: relation.other, end }] : [];
        })
      : [];
  const label = ended.length > 0 ? `${answer.label} (Hauptvereinbarung beendet)` : answer.label;
  const statement: Statement =
    ended.length > 0
      ? {
          ...answer.statement,
          text: label,
          basis: [...answer.statement.basis, ...ended.map(({ main, end }) => ({ record: agreementRef(main.id), field: end.field }))],
        }
      : answer.statement;
  return {
    state: answer.state,
    stateLabel: inForceStateLabels[answer.state],
    label,
    details: [
      ...answer.details,
      ...ended.map(({ main, end }) =>
        asSentence(
          `Die Hauptvereinbarung „${main.data.title}“ ist ${end.date ? dateInSentence(end.date) : 'an einem unbekannten Tag'} beendet; ob diese Zusatzvereinbarung weiter gilt, sagen die erfassten Quellen nicht`,
        ),
      ),
    ],
    statement,
    basis: basisAttribute(statement.basis),
    sources: mergedSourceRefs(answer.sources, numbers),
  };
}
