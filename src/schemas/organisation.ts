import { z } from 'zod';
import {
  httpUrl, gndId, labelledEnum, line, partialDate, reference, source, text, wikidataId,
} from './common.ts';

export const organisationKinds = labelledEnum({
  'it-dienstleister': 'IT-Dienstleister',
  'kommunaler-it-verbund': 'Kommunaler IT-Verbund',
  ministerium: 'Ministerium oder Senatsverwaltung',
  staatskanzlei: 'Staatskanzlei oder Senatskanzlei',
  unternehmen: 'Unternehmen',
  sonstige: 'Sonstige Einrichtung',
});

export const legalForms = labelledEnum({
  aoer: 'Anstalt des öffentlichen Rechts (AöR)',
  gmbh: 'Gesellschaft mit beschränkter Haftung (GmbH)',
  eg: 'Eingetragene Genossenschaft (eG)',
  landesbetrieb: 'Landesbetrieb',
  behoerde: 'Behörde',
  sonstige: 'Sonstige Rechtsform',
});

/** An owner ("Träger") of an organisation: a Land or another organisation. */
export const ownerSchema = z
  .strictObject({
    land: reference('den Ländern').optional().describe('Land als Träger'),
    org: reference('den Organisationen').optional().describe('Organisation als Träger'),
    share: z
      .number({ error: 'Anteil in Prozent als Zahl erwartet' })
      .gt(0, { error: 'Anteil muss größer als 0 % sein' })
      .max(100, { error: 'Anteil darf höchstens 100 % sein' })
      .optional()
      .describe('Anteil in Prozent, wenn bekannt'),
    since: partialDate.optional().describe('Träger seit'),
    until: partialDate.optional().describe('Träger bis'),
    note: line.optional().describe('Einschränkung, z. B. „nur Steuerverwaltung“'),
  })
  .refine((owner) => (owner.land === undefined) !== (owner.org === undefined), {
    error: 'Genau eines von „land“ oder „org“ angeben',
  })
  .describe('Träger');

export const organisationSchema = z
  .strictObject({
    name: line.describe('Vollständiger Name'),
    shortName: line.optional().describe('Gebräuchliche Kurzform, z. B. „ITDZ Berlin“'),
    kind: organisationKinds.schema.describe('Art der Organisation'),
    legalForm: legalForms.schema.optional().describe('Rechtsform'),
    seat: line.optional().describe('Sitz (Ort)'),
    land: reference('den Ländern').optional().describe('Land, zu dem die Organisation gehört'),
    owners: z.array(ownerSchema).default([]).describe('Träger oder Eigentümer'),
    website: httpUrl.optional().describe('Website'),
    wikidata: wikidataId.optional(),
    gnd: gndId.optional(),
    description: text.describe('Kurzbeschreibung in eigenen Worten'),
    sources: z.array(source).default([]).describe('Quellen für die Angaben zur Organisation'),
  })
  .describe('Organisation');

export type Organisation = z.output<typeof organisationSchema>;
export type Owner = z.output<typeof ownerSchema>;
