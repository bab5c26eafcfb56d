/**
 * Whether the site names who runs it. Pure functions over plain data, so the production
 * guard (src/integrations/operator-guard.ts), the preview banner and the tests share them.
 */

export interface OperatorDetails {
  name: string;
  address: readonly string[];
  email: string;
  responsible?: string;
}

/** The environment variable the deploy workflow sets for a build that goes public. */
export const PRODUCTION_ENV = 'KOOPERATIONSATLAS_PRODUCTION';

const FIELD_LABELS = {
  name: 'Name (name)',
  address: 'Postanschrift (address)',
  email: 'E-Mail-Adresse (email)',
} as const;

/** The German labels of the details that are still missing; empty when all are there. */
export function missingOperatorDetails(operator: OperatorDetails): string[] {
  const missing: string[] = [];
  if (operator.name.trim() === '') missing.push(FIELD_LABELS.name);
  if (operator.address.filter((line) => line.trim() !== '').length === 0) missing.push(FIELD_LABELS.address);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(operator.email.trim())) missing.push(FIELD_LABELS.email);
  return missing;
}

/** The heading of the preview banner, which the production guard's message names too. */
export const PREVIEW_HEADING = 'Vorschau: noch nicht veröffentlicht';

/** What readers are told is missing, in plain words: "Name, Postanschrift und E-Mail-Adresse". */
export function missingOperatorDetailsForReaders(operator: OperatorDetails): string[] {
  return missingOperatorDetails(operator).map((label) => label.replace(/\s*\(.*\)$/, ''));
}

export function hasOperator(operator: OperatorDetails): boolean {
  return missingOperatorDetails(operator).length === 0;
}

/** Whether this build is meant to be published (set to "1" or "true" by the deploy workflow). */
export function isProductionBuild(env: Record<string, string | undefined>): boolean {
  const value = env[PRODUCTION_ENV]?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

/**
 * The message a production build stops with when operator details are missing, or
 * undefined when the build may go on (local builds always may: they show a banner).
 */
export function productionGuardMessage(operator: OperatorDetails, env: Record<string, string | undefined>): string | undefined {
  if (!isProductionBuild(env)) return undefined;
  const missing = missingOperatorDetails(operator);
  if (missing.length === 0) return undefined;
  return [
    `Veröffentlichung abgebrochen: Die Betreiberangaben fehlen (${missing.join(', ')}).`,
    'Eine öffentliche Website braucht ein Impressum mit Name, Postanschrift und E-Mail-Adresse des Betreibers.',
    'Bitte in src/config.ts unter SITE.operator eintragen. Ohne die Variable',
    `${PRODUCTION_ENV} entsteht eine Vorschau mit dem Hinweis „${PREVIEW_HEADING}“.`,
  ].join('\n');
}
