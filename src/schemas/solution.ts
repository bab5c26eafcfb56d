/**
 * A software solution that public bodies develop once and re-use (Nachnutzung), e.g. an
 * online service or an AI assistant. Who re-uses it comes from two places: the re-users
 * the sources name with the day each began (and stopped), stated here, and the parties of
 * agreements that allow the re-use, which the registry adds where no re-user entry says more.
 */
import { z } from 'zod';
import { isCertainlyBeforeValue, readDateValue, todayInGermany, type DateValue } from './dates.ts';
import {
  actorFields, actorReference, checkSourceDates, checkSourceIds, exactlyOneActor, factDate, httpUrl, line, reference, source, sourceRefs,
  text, wikidataId,
} from './common.ts';

/** One body that re-uses the solution: from when to when, on what basis, says which source. */
export const reuserSchema = z
  .strictObject({
    ...actorFields('Nachnutzer'),
    since: factDate.optional().describe('Nutzt die Lösung seit (Beginn der Nutzung, nicht das Datum der Vereinbarung)'),
    until: factDate.optional().describe('Nutzte die Lösung bis'),
    agreement: reference('agreement').optional().describe('Vereinbarung, die die Nachnutzung erlaubt'),
    note: line.optional().describe('Erläuterung, z. B. „zunächst im Pilotbetrieb“'),
    sources: sourceRefs,
  })
  .refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' })
  .refine(
    (reuser) =>
      reuser.since === undefined ||
      reuser.until === undefined ||
      !readDateValue(reuser.since as DateValue) ||
      !readDateValue(reuser.until as DateValue) ||
      !isCertainlyBeforeValue(reuser.until as DateValue, reuser.since as DateValue),
    { error: 'Die Nutzung endet („until“) vor ihrem Beginn („since“)', path: ['until'] },
  )
  .describe('Nachnutzer');

export const solutionSchema = z
  .strictObject({
    name: line.describe('Name der Lösung, z. B. „LLMoin“'),
    shortName: line.optional().describe('Gebräuchliche Kurzform'),
    description: text.describe('Was die Lösung ist und kann, in eigenen Worten'),
    developedBy: z.array(actorReference('Entwickler')).default([]).describe('Wer die Lösung entwickelt hat, laut Quellen'),
    since: factDate.optional().describe('Seit wann es die Lösung gibt (erster Einsatz oder Veröffentlichung), laut Quellen'),
    reusers: z.array(reuserSchema).default([]).describe('Wer die Lösung seit wann nachnutzt, laut Quellen'),
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
  .superRefine((solution, ctx) => {
    const problem = (path: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });
    // Nobody re-uses a solution before it exists.
    const since = solution.since;
    if (since !== undefined && readDateValue(since)) {
      solution.reusers.forEach((reuser, index) => {
        if (reuser.since !== undefined && readDateValue(reuser.since) && isCertainlyBeforeValue(reuser.since, since)) {
          problem(['reusers', index, 'since'], reuser.since,
            `Die Nachnutzung beginnt (${String(reuser.since)}) vor der Lösung selbst („since“: ${String(since)}): Datum prüfen`);
        }
      });
    }
    const seen = new Set<string>();
    solution.reusers.forEach((reuser, index) => {
      const key = `${reuser.land ?? ''}:${reuser.org ?? ''}:${JSON.stringify(reuser.since ?? null)}`;
      if (seen.has(key)) problem(['reusers', index], reuser, 'Dieser Nachnutzer steht mit demselben Beginn schon in der Liste');
      seen.add(key);
    });
    checkSourceDates(solution.sources, todayInGermany(), problem);
    checkSourceIds(solution, problem);
  })
  .describe('Lösung (YAML-Datei in src/content/solutions/)');

export type Solution = z.output<typeof solutionSchema>;
export type Reuser = z.output<typeof reuserSchema>;
