/** Every record field is described and reaches the API (the page side: tests/build/model-site.test.ts). */
import { describe, expect, it } from 'vitest';
import { agreementV1, organisationV1, solutionV1 } from '../../src/open-data/api-schema.ts';
import { fieldsOf, NOT_IN_API, RECORD_SCHEMAS } from '../field-coverage.ts';

const API = { agreement: agreementV1, organisation: organisationV1, solution: solutionV1 };

function described(schema: { description?: string; _zod: { def: unknown } }): boolean {
  let current: typeof schema | undefined = schema;
  while (current) {
    if (current.description) return true;
    const def = current._zod.def as { innerType?: typeof schema; out?: typeof schema; in?: typeof schema };
    current = def.innerType ?? def.out;
  }
  return false;
}

describe.each(Object.keys(RECORD_SCHEMAS) as (keyof typeof RECORD_SCHEMAS)[])('every field of a %s record', (kind) => {
  it('has a description', () => {
    expect(
      fieldsOf(kind)
        .filter(([, schema]) => !described(schema as never))
        .map(([name]) => name),
    ).toEqual([]);
  });

  it('is in the API, or listed with a reason', () => {
    const apiFields = new Set(Object.keys(API[kind].shape));
    expect(
      fieldsOf(kind)
        .map(([name]) => name)
        .filter((name) => !apiFields.has(name) && !(name in NOT_IN_API[kind])),
    ).toEqual([]);
  });
});
