/** The contributor guide and CI stay in step with the schema and the README's commands. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BODY_LIMITS } from '../../src/lib/content-safety.ts';
import { contributingTables, schemaTables, updateContributing } from '../../src/contribute/contributing-docs.ts';
import { agreementSchema } from '../../src/schemas/agreement.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('documents every field of an agreement', () => {
    const guide = read('CONTRIBUTING.md');
    for (const field of Object.keys(agreementSchema.shape)) expect(guide, field).toContain(`\`${field}\``);
  });

  it('lists every allowed kind, status, step, relation and legal form exactly as the schemas do (npm run docs)', () => {
    const guide = read('CONTRIBUTING.md');
    expect(updateContributing(guide), 'CONTRIBUTING.md weicht von den Schemas ab: npm run docs').toBe(guide);
    const names = schemaTables().map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['agreementKinds', 'agreementStatuses', 'eventTypes', 'relationKinds', 'organisationKinds', 'legalForms']),
    );
    for (const [name, table] of schemaTables()) {
      for (const value of table.values)
        expect(contributingTables(), `${name}: ${value}`).toContain(`| \`${value}\` | ${table.labels[value]} |`);
    }
  });
});

describe('CI', () => {
  it("validates with annotations and runs the README's test command on every pull request", () => {
    const workflow = parse(read('.github/workflows/ci.yml'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const commands = workflow.jobs.check.steps.map((step: { run?: string }) => step.run).filter(Boolean);
    expect(commands).toContain('npm run validate -- --format github');
    expect(commands).toContain('npm test');
  });

  it('.ci/run runs exactly the test command the README gives', () => {
    // The command is the last line of .ci/run; the README must give the same line.
    const ciCommand = read('.ci/run').trim().split('\n').at(-1)!;
    expect(ciCommand).toMatch(/npm test/);
    const readmeLines = read('README.md')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(readmeLines).toContain(ciCommand);
  });

  it('CONTRIBUTING states the limits a record must keep, with the values the code enforces', () => {
    const guide = read('CONTRIBUTING.md');
    expect(guide).toContain(`${BODY_LIMITS.maxCharacters.toLocaleString('de-DE')} Zeichen`);
    expect(guide).toContain(`${BODY_LIMITS.maxDepth} Ebenen`);
    expect(guide).toMatch(/Steuerzeichen/);
  });

  it('offers issue forms for people without Git', () => {
    const form = parse(read('.github/ISSUE_TEMPLATE/vereinbarung-melden.yml'));
    expect(form.name).toBe('Vereinbarung melden');
    expect(form.body.map((field: { id?: string }) => field.id)).toEqual(expect.arrayContaining(['titel', 'parteien', 'quelle']));
  });
});
