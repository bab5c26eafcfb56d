/**
 * Astro integration: a production build (KOOPERATIONSATLAS_PRODUCTION=1, set by the deploy
 * workflow) stops before rendering anything when the operator details in src/config.ts
 * are missing. Local builds go on and show a preview banner on every page instead.
 */
import type { AstroIntegration } from 'astro';
import { SITE } from '../config.ts';
import { productionGuardMessage } from '../lib/operator.ts';

export function operatorGuard(): AstroIntegration {
  return {
    name: 'kooperationsatlas:operator-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const message = productionGuardMessage(SITE.operator, process.env);
        if (!message) return;
        logger.error(message);
        // The message says everything; a stack trace would only bury it.
        process.exit(1);
      },
    },
  };
}
