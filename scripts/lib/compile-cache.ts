/**
 * Node's cache of compiled code (`module.enableCompileCache`), kept with the other caches
 * of this project in node_modules/.cache/kooperationsatlas/ (which CI restores): every
 * later run of a tool skips compiling the same modules again, about a quarter of a second
 * for the validator. Only code compiled after this call is cached, so an entry point
 * imports its heavy modules afterwards. The cache checks each module's source itself.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

export function useCompileCache(root: string): void {
  enableCompileCache?.(join(root, 'node_modules', '.cache', 'kooperationsatlas', 'node-compile-cache'));
}
