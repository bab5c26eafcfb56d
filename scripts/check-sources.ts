/**
 * npm run check-sources
 *
 * Asks every source URL of every record whether it still answers. Lists dead sources with
 * the records that cite them and suggests an archived copy for the `archive` field.
 * Needs the network; exits with 1 if a source is dead. Not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import { validateContent } from '../src/validation/validate-content.ts';
import { checkSources, type SourceReference } from './lib/source-check.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const { content } = validateContent({ root: values.root });

const references: SourceReference[] = [
  ...[...content.agreements.values()].flatMap((record) => record.data.sources.map((source) => ({ ...source, file: record.file }))),
  ...[...content.organisations.values()].flatMap((org) =>
    org.sources.map((source) => ({ ...source, file: `src/content/organisations/${org.id}.yaml` })),
  ),
].flatMap((source) => (source.url ? [{ url: source.url, archive: source.archive, title: source.title, file: source.file }] : []));

console.log(`Prüfe ${new Set(references.map((reference) => reference.url)).size} Quellenadressen …`);
const results = await checkSources(references);
const dead = results.filter((result) => !result.ok);
for (const result of dead) {
  console.log(
    `\n✗ ${result.url}\n  ${result.status ? `antwortet mit HTTP ${result.status}` : `nicht erreichbar (${result.error ?? 'unbekannter Fehler'})`}`,
  );
  for (const reference of result.references)
    console.log(
      `  zitiert in ${reference.file}: „${reference.title}“${reference.archive ? ` (Archiv vorhanden: ${reference.archive})` : ''}`,
    );
  if (result.archiveSuggestion) console.log(`  Archivierte Fassung gefunden, im Eintrag ergänzen: archive: ${result.archiveSuggestion}`);
  if (result.archiveSearch) console.log(`  Keine archivierte Fassung gefunden; von Hand suchen: ${result.archiveSearch}`);
}
console.log(`\n${dead.length === 0 ? '✓' : '✗'} ${results.length - dead.length} erreichbar, ${dead.length} nicht erreichbar.`);
process.exitCode = dead.length > 0 ? 1 : 0;
