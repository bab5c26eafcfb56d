/** /vereinbarungen/<id>/zitat.ris: the agreement as a RIS record. */
import { citationEndpoint } from '../../../lib/citation-endpoints.ts';

export const { getStaticPaths, GET } = citationEndpoint('ris');
