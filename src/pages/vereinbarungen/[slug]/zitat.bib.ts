/** /vereinbarungen/<id>/zitat.bib: the agreement as a BibTeX entry. */
import { citationEndpoint } from '../../../lib/citation-endpoints.ts';

export const { getStaticPaths, GET } = citationEndpoint('bibtex');
