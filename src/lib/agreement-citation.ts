/**
 * The citation data of an agreement as the site shows it: its page, the day it last
 * changed, and the commit that last changed its record file, with a link to the file at
 * exactly that commit. Used by the "Zitieren" block and the citation downloads.
 *
 * The record's own last commit rather than the newest commit of the whole data set: the
 * file is the same at both, and the citation then changes only when the record does, so
 * a build that only adds other records need not render this page again.
 *
 * Everything it depends on comes in as plain data (the agreement page's view model carries
 * it), so the page's cache key covers the citation too.
 */
import { SITE } from '../config.ts';
import type { CitationData } from './citation.ts';
import { todayInGermany } from '../schemas/dates.ts';
import { hasOperator } from './operator.ts';
import { absoluteUrl, forgeUrls, urls } from './urls.ts';

export interface CitedRecord {
  id: string;
  title: string;
  /** The record's file, relative to the repository root. */
  filePath: string;
  genre?: string | undefined;
  /** When the record last changed (ISO 8601): its last commit, or its file time if uncommitted. */
  lastChanged?: string | undefined;
  /** The commit that last changed the record, if its content is committed as it is. */
  pinned?: { commit: string; revision: string } | undefined;
}

export function agreementCitation(record: CitedRecord): CitationData {
  // A record with uncommitted changes has no version anyone else can look up.
  const { pinned } = record;
  return {
    id: record.id,
    title: record.title,
    url: absoluteUrl(urls.agreement(record.id)),
    siteName: SITE.name,
    publisher: hasOperator(SITE.operator) ? SITE.operator.name : undefined,
    updated: record.lastChanged ? todayInGermany(new Date(record.lastChanged)) : undefined,
    version: pinned?.commit,
    permalink: pinned ? forgeUrls.fileAt(pinned.revision, record.filePath) : undefined,
    genre: record.genre,
    license: { name: SITE.dataLicense.id.replace(/-/g, ' '), url: SITE.dataLicense.url },
  };
}
