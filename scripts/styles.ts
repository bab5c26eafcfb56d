/**
 * npm run styles
 *
 * Compiles KERN's Sass sources (src/styles/*.scss) into src/styles/precompiled/, which the
 * build then uses instead of running Sass (src/styles/precompiled.ts). Run it after
 * changing an .scss file or updating @kern-ux/native or sass; a test fails until then.
 */
import { PRECOMPILED_DIR, writePrecompiledStyles } from '../src/styles/precompiled.ts';

await writePrecompiledStyles();
console.log(`Vorübersetzte Stylesheets geschrieben: ${PRECOMPILED_DIR}`);
