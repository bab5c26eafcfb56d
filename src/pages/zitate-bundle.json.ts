/**
 * Build-only: every agreement's citation files in one response, which the integration
 * src/integrations/split-citations.ts writes out as /vereinbarungen/<id>/zitat.bib, .ris
 * and .json and then deletes. See src/lib/citation-endpoints.ts.
 */
export { GET } from '../lib/citation-endpoints.ts';
