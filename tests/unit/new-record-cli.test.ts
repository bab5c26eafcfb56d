/**
 * `npm run new` on the command line, without building anything: help instead of a stack
 * trace, organisations, messages that fit what was given, and parties added in the same
 * pull request. (The path from `npm run new` to a built page is in tests/build/.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempProject } from '../../scripts/lib/temp-project.ts';
import { agreementKinds } from '../../src/schemas/agreement.ts';
import { legalForms, organisationKinds } from '../../src/schemas/organisation.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'new-record.ts');

function scaffold(args: string[], root?: string) {
  return spawnSync(process.execPath, [SCRIPT, ...args, ...(root ? ['--root', root] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('npm run new -- --help', { timeout: 60_000 }, () => {
  it('prints the usage, every option included, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = scaffold([flag]);
      expect(result.status, result.stderr).toBe(0);
      noStackTrace(result.stdout + result.stderr);
      expect(result.stdout).toMatch(/^Legt einen neuen Eintrag an/);
      for (const option of [
        '--title',
        '--kind',
        '--signed',
        '--party',
        '--topic',
        '--source',
        '--slug',
        '--name',
        '--short-name',
        '--legal-form',
        '--land',
        '--group',
        '--group-count',
        '--group-member',
        '--step',
        '--event',
        '--legal-basis',
        '--developer',
        '--in',
        '--member',
        '--owner',
        '--percent',
        '--nominal',
        '--as-of',
        '--notice',
        '--end',
        '--yes',
      ]) {
        expect(result.stdout, option).toContain(`  ${option} `);
      }
      for (const type of ['organisation', 'loesung', 'mitgliedschaft', 'beteiligung'])
        expect(result.stdout).toContain(`npm run new -- ${type}`);
      for (const kind of [...agreementKinds.values, ...organisationKinds.values, ...legalForms.values])
        expect(result.stdout).toContain(kind);
    }
  });

  it('answers an unknown option or a missing value in German, pointing to --help', () => {
    const unknown = scaffold(['--titel', 'X']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('✗ Unbekannte Option „--titel“. „npm run new -- --help“ zeigt alle Optionen.');
    noStackTrace(unknown.stderr);
    const missing = scaffold(['--title']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Die Option „--title“ braucht einen Wert.');
  });
});

describe('npm run new', { timeout: 60_000 }, () => {
  it('does not ask for topics that were given, and does when they were not', () => {
    const root = tempProject();
    const base = ['--yes', '--kind', 'kooperationsvertrag', '--signed', '2024-05', '--party', 'dataport', '--party', 'kitu'];
    const withTopic = scaffold([...base, '--title', 'Mit Thema', '--topic', 'nachnutzung', '--slug', 'mit-thema'], root);
    expect(withTopic.status, withTopic.stderr).toBe(0);
    expect(withTopic.stdout).toContain('Jetzt die Zusammenfassung und die Quelle ausfüllen');
    expect(withTopic.stdout).not.toMatch(/Themen/);
    expect(readFileSync(join(root, 'src/content/agreements/mit-thema.mdx'), 'utf8')).toMatch(/^topics:\n {2}- nachnutzung$/m);

    const withoutTopic = scaffold([...base, '--title', 'Ohne Thema', '--slug', 'ohne-thema', '--source', 'https://example.org/a'], root);
    expect(withoutTopic.status, withoutTopic.stderr).toBe(0);
    expect(withoutTopic.stdout).toContain('Jetzt die Zusammenfassung, die Themen und Titel und Herausgeber der Quelle ausfüllen');
  });

  it('scaffolds an organisation, which an agreement can name at once, before either is complete', () => {
    const root = tempProject();
    const org = scaffold(
      [
        'organisation',
        '--yes',
        '--name',
        'Zweckverband Digitale Beispielregion',
        '--short-name',
        'ZDB',
        '--kind',
        'kommunaler-it-verbund',
        '--legal-form',
        'sonstige',
        '--land',
        'sachsen',
      ],
      root,
    );
    expect(org.status, org.stderr).toBe(0);
    expect(org.stdout).toContain('✓ Angelegt: src/content/organisations/zdb.yaml');
    const data = parse(readFileSync(join(root, 'src/content/organisations/zdb.yaml'), 'utf8'));
    expect(data).toMatchObject({
      name: 'Zweckverband Digitale Beispielregion',
      shortName: 'ZDB',
      kind: 'kommunaler-it-verbund',
      legalForm: 'sonstige',
      land: 'sachsen',
      description: '',
    });

    const agreement = scaffold(
      [
        '--yes',
        '--title',
        'Kooperation ZDB und Dataport',
        '--kind',
        'kooperationsvereinbarung',
        '--signed',
        '2025-03',
        '--party',
        'zdb',
        '--party',
        'dataport',
      ],
      root,
    );
    expect(agreement.status, agreement.stderr).toBe(0);
    expect(agreement.stderr).not.toContain('Unbekannte Partei');

    // The validator then names the open fields of both files, but no unknown party.
    const validate = spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), '--root', root], { cwd: root, encoding: 'utf8' });
    expect(validate.stdout).toContain('src/content/organisations/zdb.yaml');
    expect(validate.stdout).toContain('src/content/agreements/zdb-dataport-2025.mdx');
    expect(validate.stdout).not.toContain('Unbekannte Kennung');
  });

  it('tells how to add an organisation that does not exist yet', () => {
    const result = scaffold(
      ['--yes', '--title', 'X', '--kind', 'sonstige', '--party', 'neue-stelle', '--party', 'dataport'],
      tempProject(),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Unbekannte Partei „neue-stelle“. Eine neue Organisation zuerst anlegen: npm run new -- organisation --slug neue-stelle',
    );
  });

  it('refuses unknown record types and organisation kinds with the allowed values', () => {
    const type = scaffold(['organisatoin', '--yes'], tempProject());
    expect(type.stderr).toContain('Unbekannte Eintragsart „organisatoin“. Meinten Sie „organisation“?');
    const kind = scaffold(['organisation', '--yes', '--name', 'X', '--kind', 'it-dienstleistr'], tempProject());
    expect(kind.stderr).toContain('Unbekannte Art „it-dienstleistr“. Meinten Sie „it-dienstleister“?');
  });

  it('takes one named party and a group, with steps and events of the new kinds', () => {
    const root = tempProject();
    const result = scaffold(
      [
        '--yes',
        '--title',
        'Verwaltungsvereinbarung über Testnetze',
        '--kind',
        'verwaltungsvereinbarung',
        '--signed',
        '2015-06',
        '--party',
        'bund',
        '--group',
        'die Länder',
        '--group-count',
        '16',
        '--group-member',
        'land:hessen',
        '--step',
        'bund unterrichtung 2015-05-01',
        '--event',
        'genehmigung 2015-06-20',
        '--event',
        'in-kraft geplant:2099-01-01',
        '--legal-basis',
        'IT-NetzG § 3',
      ],
      root,
    );
    expect(result.status, result.stderr).toBe(0);
    const file = join(root, 'src/content/agreements/verwaltungsvereinbarung-testnetze-2015.mdx');
    const data = parse(readFileSync(file, 'utf8').split('---')[1]!);
    expect(data.parties[1]).toEqual({ group: { name: 'die Länder', count: 16, members: [{ land: 'hessen' }] } });
    expect(data.events[1]).toEqual({ type: 'in-kraft', planned: '2099-01-01' });

    // A date in the future only as a plan; a step for a party that is not one; a group with more named members than its count.
    const future = scaffold(
      ['--yes', '--title', 'X', '--kind', 'sonstige', '--party', 'bund', '--group', 'die Länder', '--event', 'in-kraft 2099-01-01'],
      root,
    );
    expect(future.stderr).toContain('liegt in der Zukunft; ein geplantes Datum mit „geplant:“ davor angeben');
    const stranger = scaffold(
      ['--yes', '--title', 'X', '--kind', 'sonstige', '--party', 'bund', '--group', 'die Länder', '--step', 'dataport unterzeichnung 2020'],
      root,
    );
    expect(stranger.stderr).toContain('„dataport“ ist keine der Parteien (bund)');
    const tooMany = scaffold(
      [
        '--yes',
        '--title',
        'X',
        '--kind',
        'sonstige',
        '--party',
        'bund',
        '--group',
        'die Länder',
        '--group-count',
        '1',
        '--group-member',
        'hessen',
        '--group-member',
        'bayern',
      ],
      root,
    );
    expect(tooMany.stderr).toContain('2 Mitglieder genannt, laut --group-count sind es nur 1');
  });

  it('adds a membership and a share to an existing organisation, and scaffolds a solution', () => {
    const root = tempProject();
    const kitu = join(root, 'src/content/organisations/kitu.yaml');
    const before = readFileSync(kitu, 'utf8');
    const member = scaffold(
      ['mitgliedschaft', '--yes', '--in', 'kitu', '--member', 'org:dataport', '--since', '2020-01', '--source', 'https://example.org/m'],
      root,
    );
    expect(member.status, member.stderr).toBe(0);
    expect(member.stdout).toContain('✓ Ergänzt: src/content/organisations/kitu.yaml');
    const after = readFileSync(kitu, 'utf8');
    // Every line of the file is still there, in order; only new lines were added.
    const kept = before.trimEnd().split('\n');
    expect(after.split('\n').filter((line) => kept.includes(line))).toEqual(kept);
    expect(parse(after).members.at(-1)).toEqual({ org: 'dataport', since: '2020-01', sources: ['mitglied-dataport'] });

    const share = scaffold(
      ['beteiligung', '--yes', '--in', 'komm-one', '--owner', 'land:baden-wuerttemberg', '--percent', '12,5', '--as-of', '2020'],
      root,
    );
    expect(share.status, share.stderr).toBe(0);
    const owners = parse(readFileSync(join(root, 'src/content/organisations/komm-one.yaml'), 'utf8')).owners;
    expect(owners.find((owner: { land?: string }) => owner.land === 'baden-wuerttemberg').stakes.at(-1)).toEqual({
      percent: 12.5,
      asOf: 2020,
      sources: ['anteil-baden-wuerttemberg'],
    });
    const noFigure = scaffold(['beteiligung', '--yes', '--in', 'komm-one', '--owner', 'land:hamburg', '--as-of', '2020'], root);
    expect(noFigure.stderr).toContain('Anteil angeben: --percent oder --nominal');

    // "solution" is the same as "loesung".
    const solution = scaffold(['solution', '--yes', '--name', 'Test-Dienst', '--developer', 'org:dataport', '--since', '2020'], root);
    expect(solution.status, solution.stderr).toBe(0);
    expect(parse(readFileSync(join(root, 'src/content/solutions/test-dienst.yaml'), 'utf8'))).toMatchObject({
      name: 'Test-Dienst',
      developedBy: [{ org: 'dataport' }],
      reusers: [],
    });

    // The validator then asks only for what the contributor still has to fill in.
    const validate = spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), '--root', root], { cwd: root, encoding: 'utf8' });
    const problems = validate.stdout.split('\n').filter((line) => /^src\//.test(line));
    expect(problems.filter((line) => !/sources\[\d+\]\.(title|publisher|url)|description|topics/.test(line))).toEqual([]);
    expect(problems.some((line) => line.startsWith('src/content/organisations/kitu.yaml') && line.includes('title'))).toBe(true);
  });
});
