/**
 * Which pages a change adds, alters or removes, derived from the changed record files
 * through the URL patterns in src/lib/urls.ts: an agreement's own page and the pages of
 * its parties, topics and year; an organisation's page; the lists of Länder and topics.
 * Code and design changes can touch every page, so they are reported as such instead of
 * guessing. Pure functions; scripts/changed-pages.ts feeds them from `git diff`.
 */
import matter from 'gray-matter';
import { parse } from 'yaml';
import { AGREEMENT_EXTENSION, CONTENT_PATHS, ORGANISATION_EXTENSION } from '../../src/lib/content-paths.ts';
import { urls } from '../../src/lib/urls.ts';

export type ChangeStatus = 'added' | 'modified' | 'deleted';

export interface FileChange {
  status: ChangeStatus;
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** The file's text after the change (before it, for a deleted file), if it could be read. */
  text?: string | undefined;
}

export interface PageChange {
  path: string;
  status: ChangeStatus;
  /** Why the page changes, in German: "Vereinbarung „…“" or "Partei von „…“". */
  reason: string;
}

export interface ChangedPages {
  pages: PageChange[];
  /** Files outside the records that shape the site (code, styles, configuration): any page may change. */
  siteFiles: string[];
  /** Files that do not go into the site: tests, documentation, tools, workflows. */
  otherFiles: string[];
}

/** Paths that go into the built site besides the records. */
const SITE_INPUTS = [/^src\//, /^public\//, /^astro\.config\.[cm]?[jt]s$/, /^package(-lock)?\.json$/];

interface RecordFacts {
  title?: string | undefined;
  orgs: string[];
  laender: string[];
  topics: string[];
  year?: number | undefined;
}

const isSlug = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** What an agreement's front matter says about where it appears; tolerant of any shape. */
export function agreementFacts(text: string | undefined): RecordFacts {
  const facts: RecordFacts = { orgs: [], laender: [], topics: [] };
  if (!text) return facts;
  let data: Record<string, unknown>;
  try {
    data = matter(text).data as Record<string, unknown>;
  } catch {
    return facts;
  }
  if (typeof data.title === 'string') facts.title = data.title;
  for (const party of Array.isArray(data.parties) ? data.parties : []) {
    if (party && typeof party === 'object') {
      const { org, land } = party as Record<string, unknown>;
      if (isSlug(org)) facts.orgs.push(org);
      if (isSlug(land)) facts.laender.push(land);
    }
  }
  for (const topic of Array.isArray(data.topics) ? data.topics : []) if (isSlug(topic)) facts.topics.push(topic);
  const signed = data.signed instanceof Date ? data.signed.toISOString() : String(data.signed ?? '');
  const year = /^(\d{4})/.exec(signed)?.[1];
  if (year) facts.year = Number(year);
  return facts;
}

function organisationName(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const data = parse(text) as Record<string, unknown> | null;
    return typeof data?.shortName === 'string' ? data.shortName : typeof data?.name === 'string' ? data.name : undefined;
  } catch {
    return undefined;
  }
}

const fileId = (path: string, extension: string) => path.slice(path.lastIndexOf('/') + 1, -extension.length);

export function changedPages(changes: FileChange[]): ChangedPages {
  const pages = new Map<string, PageChange>();
  const add = (path: string, status: ChangeStatus, reason: string) => {
    const existing = pages.get(path);
    // A page of the record itself wins over "also appears on"; otherwise keep the first reason.
    if (!existing || (existing.status === 'modified' && status !== 'modified')) pages.set(path, { path, status, reason });
  };
  const siteFiles: string[] = [];
  const otherFiles: string[] = [];

  for (const change of changes) {
    const { path, status } = change;
    if (path.startsWith(`${CONTENT_PATHS.agreements}/`) && path.endsWith(AGREEMENT_EXTENSION)) {
      const id = fileId(path, AGREEMENT_EXTENSION);
      const facts = agreementFacts(change.text);
      const name = `„${facts.title ?? id}“`;
      add(urls.agreement(id), status, `Vereinbarung ${name}`);
      add(urls.agreements(), 'modified', `Liste aller Vereinbarungen (${name})`);
      for (const org of facts.orgs) add(urls.organisation(org), 'modified', `Partei von ${name}`);
      for (const land of facts.laender) add(urls.land(land), 'modified', `Partei von ${name}`);
      for (const topic of facts.topics) add(urls.topic(topic), 'modified', `Thema von ${name}`);
      if (facts.year) add(urls.year(facts.year), 'modified', `Jahr von ${name}`);
    } else if (path.startsWith(`${CONTENT_PATHS.organisations}/`) && path.endsWith(ORGANISATION_EXTENSION)) {
      const id = fileId(path, ORGANISATION_EXTENSION);
      add(urls.organisation(id), status, `Organisation „${organisationName(change.text) ?? id}“`);
      add(urls.organisations(), 'modified', 'Liste der Organisationen');
    } else if (path === CONTENT_PATHS.laender) {
      add(urls.laender(), 'modified', 'Angaben zu den Ländern');
    } else if (path === CONTENT_PATHS.topics) {
      add(urls.topics(), 'modified', 'Themenkatalog');
    } else if (SITE_INPUTS.some((pattern) => pattern.test(path))) {
      siteFiles.push(path);
    } else {
      otherFiles.push(path);
    }
  }
  const order: Record<ChangeStatus, number> = { added: 0, modified: 1, deleted: 2 };
  return {
    pages: [...pages.values()].sort((a, b) => order[a.status] - order[b.status] || a.path.localeCompare(b.path)),
    siteFiles: siteFiles.sort(),
    otherFiles: otherFiles.sort(),
  };
}

/** Parses `git diff --name-status` output (renames count as a deletion and an addition). */
export function parseNameStatus(output: string): { status: ChangeStatus; path: string }[] {
  return output
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [code = '', ...paths] = line.split('\t');
      if (code.startsWith('R') || code.startsWith('C')) {
        return [
          ...(code.startsWith('R') ? [{ status: 'deleted' as const, path: paths[0]! }] : []),
          { status: 'added' as const, path: paths[1]! },
        ];
      }
      const status: ChangeStatus = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
      return [{ status, path: paths[0]! }];
    });
}

export interface SummaryOptions {
  /** Absolute address of the published site, for links; none in a preview. */
  siteUrl?: string | undefined;
  /** Pages missing from the build, to flag them. */
  missing?: Set<string> | undefined;
  /** Where reviewers find the built site, e.g. the artifact's name. */
  artifact?: string | undefined;
}

const HEADINGS: Record<ChangeStatus, string> = { added: 'Neue Seiten', modified: 'Geänderte Seiten', deleted: 'Entfernte Seiten' };

/** The job summary in Markdown (German: reviewers read it on the pull request). */
export function summaryMarkdown(result: ChangedPages, options: SummaryOptions = {}): string {
  const lines = ['## Seiten, die diese Änderung betrifft', ''];
  if (options.artifact) {
    lines.push(
      `Die gebaute Website liegt diesem Lauf als Artefakt **${options.artifact}** bei (unten unter „Artifacts“). Entpacken und mit \`npx astro preview\` oder einem beliebigen Webserver ansehen.`,
      '',
    );
  }
  if (result.pages.length === 0) lines.push('Keine Einträge geändert.', '');

  for (const status of ['added', 'modified', 'deleted'] as const) {
    const pages = result.pages.filter((page) => page.status === status);
    if (pages.length === 0) continue;
    lines.push(`### ${HEADINGS[status]} (${pages.length})`, '');
    for (const page of pages) {
      const shown =
        options.siteUrl && status !== 'added' ? `[\`${page.path}\`](${new URL(page.path, options.siteUrl).href})` : `\`${page.path}\``;
      const flag = status !== 'deleted' && options.missing?.has(page.path) ? ' – **fehlt im Build**' : '';
      lines.push(`- ${shown} – ${page.reason}${flag}`);
    }
    lines.push('');
  }
  if (result.siteFiles.length > 0) {
    lines.push(
      `### Code, Gestaltung oder Einstellungen (${result.siteFiles.length} Dateien)`,
      '',
      'Diese Änderungen können jede Seite betreffen; bitte im gebauten Artefakt ansehen.',
      '',
    );
    const shown = result.siteFiles.slice(0, 30);
    for (const file of shown) lines.push(`- \`${file}\``);
    if (result.siteFiles.length > shown.length) lines.push(`- … und ${result.siteFiles.length - shown.length} weitere`);
    lines.push('');
  }
  if (result.otherFiles.length > 0) {
    lines.push(
      `Außerdem ${result.otherFiles.length === 1 ? 'eine Datei' : `${result.otherFiles.length} Dateien`} ohne Einfluss auf die Seiten (Tests, Dokumentation, Werkzeuge).`,
      '',
    );
  }
  return lines.join('\n');
}
