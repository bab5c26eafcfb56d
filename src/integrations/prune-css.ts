/**
 * Astro integration: after the build, removes the CSS rules and custom properties no
 * page uses. KERN ships every token and component; the site needs a fraction, and every
 * byte counts for readers on slow connections (see docs/benchmarks.md).
 *
 * The selectors in use are read from the templates (src/) and the built client scripts,
 * not from every generated page, so the cost does not grow with the number of records.
 * The result is kept in the build cache under a hash of everything it is made from, so
 * a build that changes only records reuses it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss from 'postcss';
import { writtenThisBuild } from './kept-output.ts';
import { PurgeCSS, type UserDefinedOptions } from 'purgecss';

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Custom properties that ordinary declarations (not other custom properties) refer to. */
function referencedVariables(css: string): string[] {
  const names: string[] = [];
  postcss.parse(css).walkDecls((declaration) => {
    if (declaration.prop.startsWith('--')) return;
    for (const match of declaration.value.matchAll(/var\((--[\w-]+)/g)) names.push(match[1]!);
  });
  return names;
}

async function purge(options: Omit<UserDefinedOptions, 'css'>, css: { file: string; raw: string }[]) {
  const results = await new PurgeCSS().purge({ ...options, css: css.map(({ raw }) => ({ raw })) });
  return results.map((result, index) => ({ file: css[index]!.file, raw: result.css }));
}

/** The pruned style sheets of the last build, by the hash of what they were made from. */
function cached(cacheDir: string, key: string): { file: string; raw: string }[] | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(cacheDir, 'prune-css.json'), 'utf8')) as {
      key: string;
      files: { file: string; raw: string }[];
    };
    return stored.key === key ? stored.files : undefined;
  } catch {
    return undefined;
  }
}

function store(cacheDir: string, key: string, files: { file: string; raw: string }[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, 'prune-css.json');
  writeFileSync(`${path}.tmp`, JSON.stringify({ key, files }));
  renameSync(`${path}.tmp`, path);
}

export function pruneCss(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  let assets = '';
  return {
    name: 'kooperationsatlas:prune-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Vite writes every style sheet and script of the site into the assets folder
        // (`_astro/`; public/ holds neither, and the search index's own are not the site's):
        // no need to walk the tens of thousands of pages for them. This build's only: where
        // dist/ was kept, the last build's are still there until the end.
        const ours = (file: string) => writtenThisBuild(file);
        const bundles = join(outDir, assets);
        const files = filesIn(bundles, '.css')
          .filter(ours)
          .map((file) => ({ file, raw: readFileSync(file, 'utf8') }));
        if (files.length === 0) return;
        const before = files.reduce((sum, { raw }) => sum + Buffer.byteLength(raw), 0);
        const common: Omit<UserDefinedOptions, 'css'> = {
          content: [
            ...filesIn('src', '.astro'),
            // The modules that build HTML outside templates (search results, record bodies) or
            // set classes in the browser (tables, network); small scripts may be inlined into pages.
            ...filesIn('src/search', '.ts'),
            ...filesIn('src/visuals', '.ts'),
            'src/lib/record-body.ts',
            ...filesIn(bundles, '.js').filter(ours),
            // Pages the templates do not spell out literally, such as the 404 page.
            join(outDir, '404.html'),
          ],
          keyframes: true,
          // Fonts are referenced through KERN's custom properties, which PurgeCSS cannot follow.
          fontFace: false,
          safelist: {
            // Elements that only appear in rendered Markdown or as states.
            standard: [
              'html',
              'body',
              'blockquote',
              'figure',
              'figcaption',
              'code',
              'strong',
              'em',
              'hr',
              'table',
              'thead',
              'tbody',
              'tr',
              'th',
              'td',
              'ol',
              'ul',
              'li',
              'h2',
              'h3',
              'h4',
              'p',
              'a',
              'mark',
              'cite',
            ],
          },
        };
        // Everything the result depends on: this code, the packages, the style sheets and
        // every file PurgeCSS reads for selectors.
        const key = createHash('sha256');
        key.update(readFileSync(fileURLToPath(import.meta.url)));
        for (const name of ['purgecss', 'postcss'])
          key.update(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version);
        for (const { file, raw } of files) key.update(`\0${relative(outDir, file)}\0${raw}`);
        for (const file of common.content as string[]) key.update(`\0${relative(outDir, file)}\0`).update(readFileSync(file));
        const digest = key.digest('hex');
        let tokens = cached(cacheDir, digest)?.map(({ file, raw }) => ({ file: join(outDir, file), raw }));
        const reused = tokens !== undefined;
        if (!tokens) {
          // Pass 1 drops unused rules. Pass 2 drops unused tokens; PurgeCSS judges those file
          // by file, so tokens defined in the shared stylesheet but used only in a page's own
          // stylesheet are named explicitly.
          const rules = await purge(common, files);
          const used = [...new Set(rules.flatMap(({ raw }) => referencedVariables(raw)))];
          tokens = await purge({ ...common, variables: true, safelist: { ...common.safelist, variables: used } }, rules);
          store(
            cacheDir,
            digest,
            tokens.map(({ file, raw }) => ({ file: relative(outDir, file), raw })),
          );
        }
        let after = 0;
        for (const { file, raw } of tokens) {
          writeFileSync(file, raw);
          after += Buffer.byteLength(raw);
        }
        logger.info(
          `CSS ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB${reused ? ' (reused from the last build)' : ''}`,
        );
      },
    },
  };
}
