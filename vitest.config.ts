import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Projects in the order that keeps the machine busy: the long builds first, the fast unit
 * tests while they and the browser tests' build (started at once, in the background) run,
 * the browser tests last. Within a project, Vitest's own order (slowest first).
 */
const PROJECT_ORDER = ['build', 'unit', 'e2e'];
class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => PROJECT_ORDER.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Most test files wait on other processes (builds, Chromium, the validator), so more
    // of them run at once than there are cores; the default is one fewer than the cores.
    maxWorkers: 4,
    sequence: { sequencer: ProjectOrder },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/validator/**/*.test.ts'],
          // Only against hangs: on a machine shared by several test runs, 5 s is not.
          testTimeout: 30_000,
          // The files of one worker share their imported modules instead of importing zod,
          // the schemas and the validator again for each file: a third less CPU for this
          // project (it also runs in a copy, tests/build/welcome-record.test.ts). Safe because
          // these tests leave nothing behind: no mocks, no changed environment or working
          // folder (eslint.config.js refuses them here), and the modules' caches are keyed
          // by what they cache.
          isolate: false,
        },
      },
      {
        // Full Astro builds in temporary copies of the project. A site that several files
        // check is built once (tests/build/sites.ts).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          // Only against hangs: a build waits for the machine, and for the builds before it.
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      {
        // The built site in real Chromium and as files: links, pages, accessibility, search.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Only against hangs: several browsers share the machine with the other tests.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
