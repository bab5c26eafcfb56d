/** /vereinbarungen/<id>/zitat.json: the agreement as CSL-JSON. */
import { citationEndpoint } from '../../../lib/citation-endpoints.ts';

export const { getStaticPaths, GET } = citationEndpoint('csl-json');
