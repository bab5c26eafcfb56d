import { z } from 'zod';
import { line, slug, wikidataId } from './common.ts';

/** One of the 16 Länder. The list is complete and changes only by constitution. */
export const landSchema = z
  .strictObject({
    id: slug.describe('Kennung und URL-Segment, z. B. „niedersachsen“'),
    name: line.describe('Amtlicher Kurzname, z. B. „Niedersachsen“'),
    code: z
      .string()
      .regex(/^DE-[A-Z]{2}$/, { error: 'ISO-3166-2-Code erwartet, z. B. „DE-NI“' })
      .describe('ISO-3166-2-Code'),
    ars: z
      .string({ error: 'Länderschlüssel als Text in Anführungszeichen erwartet, z. B. „03“' })
      .regex(/^(0[1-9]|1[0-6])$/, { error: 'Länderschlüssel aus zwei Ziffern erwartet, „01“ bis „16“' })
      .describe('Länderschlüssel: die ersten zwei Ziffern jedes Amtlichen Regionalschlüssels im Land'),
    wikidata: wikidataId.describe('Wikidata-Kennung des Landes (nicht der Hauptstadt)'),
  })
  .describe('Land');

export type Land = z.output<typeof landSchema>;
