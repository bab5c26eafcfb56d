/** The components an MDX record may use, by the names the safety rules allow. */
import type { AllowedComponent } from '../lib/content-safety.ts';
import Zitat from './Zitat.astro';

export const recordComponents = { Zitat } satisfies Record<AllowedComponent, unknown>;
