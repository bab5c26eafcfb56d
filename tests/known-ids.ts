/** The ids the browser check knows (the page gives it the registry's), from the validator's content. */
import type { KnownIds } from '../src/contribute/check-record.ts';
import type { ValidationResult } from '../src/validation/validate-content.ts';

export function knownIdsOf(content: ValidationResult['content']): KnownIds {
  return {
    organisations: [...content.organisations.keys()],
    laender: [...content.laender.keys()],
    topics: [...content.topics.keys()],
    agreements: [...content.agreements.keys()],
  };
}
