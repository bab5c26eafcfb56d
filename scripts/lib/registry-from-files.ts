/**
 * The registry outside Astro, for scripts and tests: the records as the validator reads
 * them (valid ones only), with the same derivations the site uses.
 */
import { validateContent, type ValidateOptions } from '../../src/validation/validate-content.ts';
import { buildRegistry } from '../../src/lib/registry-core.ts';

export function registryFromFiles(options: ValidateOptions = {}) {
  const { content, diagnostics } = validateContent(options);
  const registry = buildRegistry({
    laender: [...content.laender.values()],
    topics: [...content.topics.values()],
    organisations: [...content.organisations.values()],
    solutions: [...content.solutions.values()],
    agreements: [...content.agreements.values()].map((record) => ({ id: record.id, filePath: record.file, data: record.data })),
    knownMissing: content.knownMissing,
    knownTotals: content.knownTotals,
  });
  return { registry, diagnostics, content };
}
