/**
 * The GitHub Actions workflows, parsed: every npm script they call exists, every job and
 * step they refer to exists, and publishing is set up as the README describes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRODUCTION_ENV } from '../../src/lib/operator.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  outputs?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
const files = readdirSync(new URL('.github/workflows/', root)).filter((file) => file.endsWith('.yml'));
const workflows = Object.fromEntries(files.map((file) => [file, parse(read(`.github/workflows/${file}`)) as Workflow]));
const deploy = workflows['deploy.yml']!;
const ci = workflows['ci.yml']!;

describe.each(files)('%s', (file) => {
  const workflow = workflows[file]!;
  const jobs = Object.entries(workflow.jobs);

  it('calls only npm scripts that exist', () => {
    const runs = jobs.flatMap(([, job]) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      for (const match of run.matchAll(/\bnpm (?:run(?: --silent)?|run-script) ([\w:-]+)/g)) expect(scripts, run).toContain(match[1]);
      if (/\bnpm test\b/.test(run)) expect(scripts).toContain('test');
    }
  });

  it("installs exactly the locked packages (npm ci), with npm's download cache", () => {
    for (const [name, job] of jobs) {
      const runs = job.steps.flatMap((step) => (step.run ? [step.run] : []));
      expect(
        runs.filter((run) => /\bnpm (install|i)\b/.test(run)),
        name,
      ).toEqual([]);
      if (!runs.includes('npm ci')) continue;
      const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with?.cache, name).toBe('npm');
    }
  });

  it('refers only to jobs and steps that exist', () => {
    const jobNames = new Set(Object.keys(workflow.jobs));
    for (const [name, job] of jobs) {
      for (const need of [job.needs ?? []].flat()) expect(jobNames, `${name} needs ${need}`).toContain(need);
      const ids = new Set(job.steps.flatMap((step) => (step.id ? [step.id] : [])));
      const text = JSON.stringify(job);
      for (const match of text.matchAll(/steps\.([\w-]+)\.outputs/g)) expect(ids, `${name}: steps.${match[1]}`).toContain(match[1]);
      for (const match of text.matchAll(/needs\.([\w-]+)\.outputs/g))
        expect([job.needs ?? []].flat(), `${name}: needs.${match[1]}`).toContain(match[1]);
    }
  });

  it('pins actions to a major version and keeps expressions out of shell commands', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) {
        if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        // Values reach scripts through env:, so no input can inject shell code.
        if (step.run) expect(step.run, step.name).not.toContain('${{');
        expect(step.uses !== undefined || step.run !== undefined, step.name).toBe(true);
      }
    }
  });

  it('runs on the Node version the project brings (24)', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) if (step.uses?.startsWith('actions/setup-node@')) expect(step.with?.['node-version']).toBe(24);
    }
  });
});

/** The step restoring the build caches, checked to sit between installing and the first step that builds or validates. */
function buildCache(steps: Step[], firstUse: (step: Step) => boolean) {
  const cache = steps.find((step) => step.uses === 'actions/cache@v4')!;
  expect(String(cache.with?.path)).toContain('.astro/cache');
  expect(String(cache.with?.path)).toContain('node_modules/.cache/kooperationsatlas');
  // Keyed by commit, falling back to the newest cache with the same lock file, then any.
  expect(cache.with?.key).toMatch(/hashFiles\('package-lock\.json'\).*github\.sha/);
  expect(String(cache.with?.['restore-keys'])).toContain("hashFiles('package-lock.json')");
  expect(steps.indexOf(cache)).toBeLessThan(steps.findIndex(firstUse));
  // After installing: npm ci empties node_modules, which must not wipe what was restored.
  expect(steps.indexOf(cache)).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
  return cache;
}

describe('deploy.yml', () => {
  it('keeps the build caches between publications, unless run by hand for a cold build', () => {
    const cache = buildCache(deploy.jobs.build!.steps, (step) => step.run === 'npm run build');
    expect(cache.if).toBe('${{ !inputs.cold }}');
  });

  it('publishes on every push to main and releases on tags', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'], tags: ['v*'] });
    expect(deploy.jobs.deploy!.if).toBe("github.ref == 'refs/heads/main'");
    expect(deploy.jobs.release!.if).toBe("startsWith(github.ref, 'refs/tags/')");
  });

  it('builds as production, so that missing operator details stop the publication', () => {
    expect(deploy.env?.[PRODUCTION_ENV]).toBe('1');
    const runs = deploy.jobs.build!.steps.map((step) => step.run);
    expect(runs).toContain('npm run build');
  });

  it('takes address and base path from src/config.ts and deploys with the Pages actions', () => {
    const build = deploy.jobs.build!;
    const site = build.steps.find((step) => step.id === 'site')!;
    expect(site.run).toBe('npm run --silent site-address >> "$GITHUB_OUTPUT"');
    expect(build.steps.some((step) => step.uses === 'actions/upload-pages-artifact@v3' && step.with?.path === 'dist/')).toBe(true);
    const pages = deploy.jobs.deploy!;
    expect(pages.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.environment?.name).toBe('github-pages');
    expect(pages.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('attaches the offline zip and the data snapshot with checksums to the release', () => {
    const release = deploy.jobs.release!;
    expect(release.permissions).toEqual({ contents: 'write' });
    const runs = release.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain('npm run export -- --skip-build');
    expect(runs).toContain('npm run release-assets -- --version "$GITHUB_REF_NAME"');
    expect(runs.join('\n')).toContain('gh release upload "$GITHUB_REF_NAME" release/* --clobber');
    // The release notes: the changes to the records since the previous tag.
    expect(runs.join('\n')).toContain(
      'npm run release-notes -- ${previous:+--from "$previous"} --to "$GITHUB_REF_NAME" --out versionshinweise.md',
    );
    expect(runs.join('\n')).toContain('--notes-file versionshinweise.md');
  });
});

describe('ci.yml', () => {
  it('restores the build caches (validation, content, incremental build, styles) before it validates and tests', () => {
    buildCache(ci.jobs.check!.steps, (step) => step.run?.startsWith('npm run validate') ?? false);
  });

  it('uploads the built site and summarises the changed pages on pull requests', () => {
    const steps = ci.jobs.check!.steps;
    const upload = steps.find((step) => step.uses === 'actions/upload-artifact@v4')!;
    expect(upload.if).toBe("github.event_name == 'pull_request'");
    expect(upload.with?.path).toBe('dist/');
    const summary = steps.find((step) => step.run?.includes('changed-pages'))!;
    expect(summary.if).toBe("github.event_name == 'pull_request'");
    expect(summary.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(summary.run).toContain('--artifact "$ARTIFACT"');
    expect(summary.env?.ARTIFACT).toBe(upload.with?.name);
    // The summary needs the build the tests made, so it comes after them.
    expect(steps.findIndex((step) => step.run === 'npm test')).toBeLessThan(steps.indexOf(summary));
  });
});
