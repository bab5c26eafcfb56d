/**
 * A software solution that public bodies develop once and re-use (Nachnutzung), e.g. an
 * online service or an AI assistant. Who re-uses it since when is not stored here: it
 * follows from the agreements that name the solution.
 */
import { z } from 'zod';
import { actorReference, httpUrl, line, reference, source, text, wikidataId } from './common.ts';

export const solutionSchema = z
  .strictObject({
    name: line.describe('Name der Lösung, z. B. „LLMoin“'),
    shortName: line.optional().describe('Gebräuchliche Kurzform'),
    description: text.describe('Was die Lösung ist und kann, in eigenen Worten'),
    developedBy: z.array(actorReference('Entwickler')).default([]).describe('Wer die Lösung entwickelt hat, laut Quellen'),
    links: z
      .strictObject({
        website: httpUrl.optional().describe('Website der Lösung'),
        opencode: httpUrl.optional().describe('Quellcode auf openCode'),
        efa: httpUrl.optional().describe('Angebot auf dem EfA-Marktplatz oder im FIT-Store'),
      })
      .default({})
      .describe('Verweise'),
    topics: z.array(reference('topic')).default([]).describe('Themen'),
    wikidata: wikidataId.optional(),
    sources: z.array(source).default([]).describe('Quellen für die Angaben zur Lösung'),
  })
  .describe('Lösung (YAML-Datei in src/content/solutions/)');

export type Solution = z.output<typeof solutionSchema>;
