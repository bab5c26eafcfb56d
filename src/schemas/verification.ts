/**
 * Who last checked a record against its sources, and which parties confirmed it. The
 * check names a role, never a person; a confirmation names the party and the source that
 * shows it (a letter, a mail, a public statement), like every other claim.
 */
import { z } from 'zod';
import { actorFields, exactlyOneActor, labelledEnum, line, partialDate, slug } from './common.ts';
import { isAfterDay, parsePartialDate } from './dates.ts';

export const verificationRoles = labelledEnum({
  redaktion: 'Redaktion',
  'hinweis-partei': 'Hinweis einer Partei',
});

export const confirmationSchema = z
  .strictObject({
    ...actorFields('bestätigende Vertragspartei'),
    date: partialDate.optional().describe('Wann die Partei den Eintrag bestätigt hat'),
    sources: z
      .array(slug)
      .min(1, { error: 'Eine Bestätigung braucht ihre Quelle (Schreiben, E-Mail, öffentliche Erklärung) unter „sources“' })
      .describe('Kennungen der Quellen, die die Bestätigung zeigen (Schreiben, E-Mail, öffentliche Erklärung)'),
    note: line.optional().describe('Was die Partei bestätigt hat, wenn nicht den ganzen Eintrag'),
  })
  .refine(exactlyOneActor, { error: 'Genau eines von „land“ oder „org“ angeben' })
  .describe('Bestätigung durch eine Vertragspartei');

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const verificationSchema = z
  .strictObject({
    checked: partialDate
      .refine((value) => typeof value !== 'string' || DAY.test(value), { error: 'Den Tag der Prüfung angeben (JJJJ-MM-TT)' })
      .describe('Zuletzt gegen die Quellen geprüft am (Tag)'),
    checkedBy: verificationRoles.schema.describe('Wer geprüft hat, als Rolle: „redaktion“ oder „hinweis-partei“'),
    confirmedBy: z
      .array(confirmationSchema)
      .default([])
      .describe('Vertragsparteien, die den Eintrag bestätigt haben, je mit Quelle'),
  })
  .describe('Prüfung des Eintrags');

export type Verification = z.output<typeof verificationSchema>;
export type VerificationRole = z.output<typeof verificationRoles.schema>;

type Actor = { land?: string | undefined; org?: string | undefined };

/** The check lies in the past, and only a party to the agreement (or a named member of a party group) can confirm it. */
export function checkVerification(
  verification: Verification | undefined,
  parties: readonly (Actor & { group?: { members: readonly Actor[] } | undefined })[],
  today: string,
  problem: (path: (string | number)[], input: unknown, message: string) => void,
) {
  if (!verification) return;
  const future = (value: string | undefined) => value !== undefined && parsePartialDate(value) !== null && isAfterDay(value, today);
  const inFuture = `Datum liegt in der Zukunft (heute ist ${today})`;
  if (future(verification.checked)) problem(['verification', 'checked'], verification.checked, inFuture);
  const named = new Set(
    parties
      .flatMap((party) => [party, ...(party.group?.members ?? [])])
      .flatMap((actor) => [actor.land && `land:${actor.land}`, actor.org && `org:${actor.org}`]),
  );
  verification.confirmedBy.forEach((confirmation, index) => {
    const path = ['verification', 'confirmedBy', index];
    if (future(confirmation.date)) problem([...path, 'date'], confirmation.date, inFuture);
    const id = confirmation.land ?? confirmation.org ?? '';
    if (!named.has(confirmation.land ? `land:${id}` : `org:${id}`)) {
      problem(
        [...path, confirmation.land ? 'land' : 'org'],
        id,
        `„${id}“ ist keine Vertragspartei dieser Vereinbarung; bestätigen kann nur eine Partei`,
      );
    }
  });
}
