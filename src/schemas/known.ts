/**
 * The honest denominator: what the atlas knows it is missing. Agreements a source
 * mentions but that have no record yet ("bekannt, noch nicht erfasst"), and totals a
 * source states (e.g. the number of public-law agreements in a Land), so that no reader
 * mistakes the atlas for complete. Each entry has its source; none is a record.
 */
import { z } from 'zod';
import { agreementKinds } from './agreement.ts';
import { factDate, line, reference, slug, source, text } from './common.ts';

const knownSource = source.refine((src) => src.url !== undefined, {
  error: 'Die Quelle braucht eine Webadresse („url“), damit andere den Hinweis prüfen können',
});

export const knownMissingSchema = z
  .strictObject({
    id: slug.describe('Kennung, z. B. „nrw-benelux-2019“; wird sie erfasst, am besten auch die Kennung des Eintrags'),
    title: line.describe('Titel, wie die Quelle die Vereinbarung nennt, oder eine kurze Beschreibung'),
    kind: agreementKinds.schema.optional().describe('Art, wenn die Quelle sie nennt'),
    parties: z.array(line).min(1, { error: 'Mindestens eine Partei nennen, wie die Quelle sie nennt' }).describe('Parteien, wie die Quelle sie nennt'),
    laender: z.array(reference('land')).default([]).describe('Betroffene Länder, wenn eindeutig'),
    date: factDate.optional().describe('Datum oder Jahr, so genau wie die Quelle'),
    source: knownSource.describe('Die Quelle, die die Vereinbarung erwähnt'),
    note: text.optional().describe('Was sonst bekannt ist'),
  })
  .describe('Bekannte, noch nicht erfasste Vereinbarung');

export const knownTotalSchema = z
  .strictObject({
    id: slug.describe('Kennung, z. B. „nrw-oeffentlich-rechtliche-vereinbarungen“'),
    what: line.describe('Was gezählt wird, wie in der Quelle, z. B. „öffentlich-rechtliche Vereinbarungen nach dem GkG NRW“'),
    count: z.int({ error: 'Anzahl als ganze Zahl erwartet' }).nonnegative().describe('Die Zahl'),
    approximate: z.boolean().default(false).describe('true, wenn die Quelle „etwa“, „rund“ oder „über“ sagt'),
    land: reference('land').optional().describe('Das Land, für das die Zahl gilt'),
    kinds: z.array(agreementKinds.schema).default([]).describe(
        'Arten von Vereinbarungen, nur wenn die Zahl alle Vereinbarungen dieser Arten zählt (im Land oder bundesweit); dann stellt die Seite „Abdeckung“ sie den Einträgen gegenüber. Zählt sie Kommunen, Mitglieder oder nur einen Teil des Landes: leer lassen',
      ),
    asOf: factDate.optional().describe('Stand der Zahl, wenn die Quelle ihn nennt'),
    source: knownSource.describe('Die Quelle der Zahl'),
    note: text.optional().describe('Erläuterung'),
  })
  .describe('Bekannte Gesamtzahl');

export type KnownMissing = z.output<typeof knownMissingSchema>;
export type KnownTotal = z.output<typeof knownTotalSchema>;
