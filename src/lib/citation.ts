/**
 * How to cite an agreement record: a formatted citation for the page, and BibTeX, RIS
 * and CSL-JSON for reference managers. Pure functions over plain data, so pages,
 * endpoints and tests use the same code; src/lib/agreement-citation.ts gathers the data.
 */

export interface CitationData {
  /** The record's id; also the last segment of its URL. */
  id: string;
  title: string;
  /** Absolute URL of the record's page. */
  url: string;
  /** The site's name; cited as the (corporate) author of the record. */
  siteName: string;
  /** Who publishes the site, if known. */
  publisher?: string | undefined;
  /** The day (YYYY-MM-DD, German time) the record last changed: the date of this version. */
  updated?: string | undefined;
  /** Short commit id of the data version the page shows; absent for uncommitted changes. */
  version?: string | undefined;
  /** A link to the record exactly as in that data version (the file at that commit). */
  permalink?: string | undefined;
  /** Label of the kind of agreement, e.g. "Kooperationsvertrag". */
  genre?: string | undefined;
  license?: { name: string; url: string } | undefined;
}

/** A piece of the formatted citation: text, or a link to show as such. */
export type CitationPart = string | { href: string };

export function citationKey(data: Pick<CitationData, 'id'>): string {
  return `kooperationsatlas-${data.id}`;
}

/** "2026-02-16" as "16.02.2026". */
function germanDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

function dateParts(day: string): number[] {
  return day.split('-').map(Number);
}

/**
 * The citation as shown on the page, in the usual German form:
 * Kooperationsatlas (2026): Titel. Eintrag „id“, Stand 16.02.2026, Datenversion abc1234. URL. Fassung: Permalink.
 */
export function formatCitation(data: CitationData): CitationPart[] {
  const year = data.updated?.slice(0, 4);
  const state = [`Eintrag „${data.id}“`, data.updated && `Stand ${germanDay(data.updated)}`, data.version && `Datenversion ${data.version}`]
    .filter(Boolean)
    .join(', ');
  const title = /[.!?]$/.test(data.title) ? data.title : `${data.title}.`;
  const parts: CitationPart[] = [`${data.siteName}${year ? ` (${year})` : ''}: ${title} ${state}. Online: `, { href: data.url }];
  if (data.permalink) parts.push('. Diese Fassung: ', { href: data.permalink });
  parts.push('.');
  return parts;
}

/** The formatted citation as plain text, e.g. for copying. */
export function citationText(data: CitationData): string {
  return formatCitation(data)
    .map((part) => (typeof part === 'string' ? part : part.href))
    .join('');
}

/** A note for the reference manager: which version, where it is pinned, and the licence. */
function versionNote(data: CitationData): string | undefined {
  const pieces = [
    data.version && `Datenversion ${data.version}`,
    data.permalink && `Fassung: ${data.permalink}`,
    data.license && `Lizenz: ${data.license.name}`,
  ].filter(Boolean);
  return pieces.length > 0 ? pieces.join('; ') : undefined;
}

// ---------------------------------------------------------------------------------------
// BibTeX

/** Escapes text for a braced BibTeX field, keeping Unicode as is (biber and BibTeX 8-bit read it). */
export function bibtexEscape(value: string): string {
  return value.replace(/\s+/g, ' ').replace(
    /[\\{}&%$#_~^]/g,
    (char) =>
      ({
        '\\': '\\textbackslash{}',
        '{': '\\{',
        '}': '\\}',
        '&': '\\&',
        '%': '\\%',
        $: '\\$',
        '#': '\\#',
        _: '\\_',
        '~': '\\textasciitilde{}',
        '^': '\\textasciicircum{}',
      })[char]!,
  );
}

/** URLs are verbatim in BibTeX; only braces (which would end the field) are percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');
}

export function toBibtex(data: CitationData): string {
  const fields: [string, string][] = [
    // Double braces: a corporate author, not a first and last name.
    ['author', `{${bibtexEscape(data.siteName)}}`],
    ['title', `{${bibtexEscape(data.title)}}`],
  ];
  if (data.updated) {
    fields.push(['year', data.updated.slice(0, 4)], ['month', String(Number(data.updated.slice(5, 7)))], ['date', data.updated]);
  }
  if (data.publisher) fields.push(['publisher', bibtexEscape(data.publisher)]);
  if (data.genre) fields.push(['type', bibtexEscape(data.genre)]);
  if (data.version) fields.push(['version', bibtexEscape(data.version)]);
  fields.push(['url', bibtexUrl(data.url)]);
  fields.push(['howpublished', `Eintrag im ${bibtexEscape(data.siteName)}`]);
  const note = versionNote(data);
  if (note) fields.push(['note', bibtexEscape(note)]);
  fields.push(['language', 'ngerman']);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@misc{${citationKey(data)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------------------------------
// RIS

/** One RIS line; values are single lines. */
function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

export function toRis(data: CitationData): string {
  const lines = [risLine('TY', 'ELEC'), risLine('ID', citationKey(data)), risLine('AU', data.siteName), risLine('TI', data.title)];
  if (data.updated) {
    const [year, month, day] = data.updated.split('-');
    lines.push(risLine('PY', year!), risLine('DA', `${year}/${month}/${day}/`));
  }
  if (data.publisher) lines.push(risLine('PB', data.publisher));
  if (data.genre) lines.push(risLine('M3', data.genre));
  if (data.version) lines.push(risLine('ET', data.version));
  lines.push(risLine('UR', data.url), risLine('T2', data.siteName), risLine('LA', 'de'));
  const note = versionNote(data);
  if (note) lines.push(risLine('N1', note));
  // RIS wants CRLF line ends and an "ER" line with a space after the dash.
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------
// CSL-JSON

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  URL: string;
  language: string;
  issued?: { 'date-parts': number[][] };
  publisher?: string;
  genre?: string;
  version?: string;
  note?: string;
  license?: string;
}

/** CSL-JSON as citeproc, Zotero and pandoc read it: a list with one item. */
export function toCslJson(data: CitationData): CslItem[] {
  const note = versionNote(data);
  const item: CslItem = {
    id: citationKey(data),
    type: 'webpage',
    title: data.title,
    author: [{ literal: data.siteName }],
    'container-title': data.siteName,
    URL: data.url,
    language: 'de',
    ...(data.updated ? { issued: { 'date-parts': [dateParts(data.updated)] } } : {}),
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.genre ? { genre: data.genre } : {}),
    ...(data.version ? { version: data.version } : {}),
    ...(note ? { note } : {}),
    ...(data.license ? { license: data.license.url } : {}),
  };
  return [item];
}

/** The downloads offered per agreement, in the order the page lists them. */
export const CITATION_FORMATS = [
  { id: 'bibtex', label: 'BibTeX', file: 'zitat.bib', contentType: 'application/x-bibtex; charset=utf-8', render: toBibtex },
  { id: 'ris', label: 'RIS', file: 'zitat.ris', contentType: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    file: 'zitat.json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    render: (data: CitationData) => `${JSON.stringify(toCslJson(data), null, 2)}\n`,
  },
] as const;
