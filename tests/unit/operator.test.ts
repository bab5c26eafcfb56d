/** The operator details: what counts as missing, and when a build must stop. */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { hasOperator, isProductionBuild, missingOperatorDetails, productionGuardMessage } from '../../src/lib/operator.ts';

const complete = { name: 'Beispielverein e. V.', address: ['Musterstraße 1', '12345 Musterstadt'], email: 'kontakt@example.org' };
const empty = { name: '', address: [], email: '' };

describe('operator details', () => {
  it('are left empty in src/config.ts: no operator is known, none is invented', () => {
    expect(SITE.operator.name).toBe('');
    expect(SITE.operator.address).toEqual([]);
    expect(SITE.operator.email).toBe('');
    expect(hasOperator(SITE.operator)).toBe(false);
  });

  it('name each missing detail', () => {
    expect(missingOperatorDetails(complete)).toEqual([]);
    expect(missingOperatorDetails(empty)).toEqual(['Name (name)', 'Postanschrift (address)', 'E-Mail-Adresse (email)']);
    expect(missingOperatorDetails({ ...complete, address: ['  '] })).toEqual(['Postanschrift (address)']);
    expect(missingOperatorDetails({ ...complete, email: 'keine-adresse' })).toEqual(['E-Mail-Adresse (email)']);
  });
});

describe('the production guard', () => {
  it('only applies when the deploy workflow asks for a production build', () => {
    expect(isProductionBuild({})).toBe(false);
    expect(isProductionBuild({ KOOPERATIONSATLAS_PRODUCTION: '0' })).toBe(false);
    expect(isProductionBuild({ KOOPERATIONSATLAS_PRODUCTION: '1' })).toBe(true);
    expect(isProductionBuild({ KOOPERATIONSATLAS_PRODUCTION: 'true' })).toBe(true);
  });

  it('stops a production build without operator details, with a German message naming what is missing', () => {
    expect(productionGuardMessage(empty, {})).toBeUndefined();
    const message = productionGuardMessage({ ...complete, email: '' }, { KOOPERATIONSATLAS_PRODUCTION: '1' });
    expect(message).toMatch(/^Veröffentlichung abgebrochen: Die Betreiberangaben fehlen \(E-Mail-Adresse \(email\)\)\./);
    expect(message).toContain('src/config.ts');
    expect(productionGuardMessage(complete, { KOOPERATIONSATLAS_PRODUCTION: '1' })).toBeUndefined();
  });
});
