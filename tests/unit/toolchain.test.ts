import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on the Node version the project brings (node package, 24 LTS)', () => {
    expect(process.version).toMatch(/^v24\./);
  });
});
