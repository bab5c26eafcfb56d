/**
 * npm run validate [-- --root <dir>] [-- --format github] [-- --no-cache]
 *
 * Checks every record and prints each problem as `file:line:column  field  message`,
 * errors first, then warnings („Warnung: …“). Exits with 1 if there is any error;
 * warnings alone leave the exit status 0. In GitHub Actions (or with --format github)
 * it also prints annotations so that each problem shows on the offending line.
 *
 * Agreement files found without problems are remembered in .astro/cache/validate.bin and
 * not checked again while they, the validator and the date stay the same; checks across
 * records always run over all of them (src/validation/cache.ts). --no-cache checks all.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { useCompileCache } from './lib/compile-cache.ts';

// Before the validator is loaded, so that its modules come from the cache (see compile-cache.ts).
useCompileCache(join(import.meta.dirname, '..'));
const { formatDiagnostic, formatGithubAnnotation, summary } = await import('../src/validation/report.ts');
const { validateContent } = await import('../src/validation/validate-content.ts');

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
    'no-cache': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const { diagnostics, warnings, fileCount } = validateContent({ root: values.root, cache: !values['no-cache'] });
const seconds = (performance.now() - started) / 1000;

// Errors first, then warnings (labelled as such); only errors fail the run.
for (const diagnostic of [...diagnostics, ...warnings]) {
  console.log(formatDiagnostic(diagnostic));
  if (values.format === 'github') console.log(formatGithubAnnotation(diagnostic));
}
console.log(summary(diagnostics, fileCount, seconds, warnings));
process.exitCode = diagnostics.length > 0 ? 1 : 0;
