/** The few parts of Citation.js the citation tests use (the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslData {
    id?: string;
    type?: string;
    title?: string;
    URL?: string;
    author?: { family?: string; given?: string; literal?: string }[];
    issued?: { 'date-parts'?: number[][] };
    note?: string;
    edition?: string;
    version?: string;
    language?: string;
    publisher?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(input: unknown, options?: { forceType?: string });
    data: CslData[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
