/**
 * The citation data of an agreement as the site shows it: its page, the day it last
 * changed, and the data version (commit) of this build with a link to the record file
 * at exactly that commit. Used by the "Zitieren" block and the citation downloads.
 */
import { SITE } from '../config.ts';
import type { CitationData } from './citation.ts';
import { todayInGermany } from '../schemas/dates.ts';
import { hasOperator } from './operator.ts';
import { dataVersion, history } from './registry.ts';
import { absoluteUrl, forgeUrls, urls } from './urls.ts';

export interface CitedRecord {
  id: string;
  title: string;
  /** The record's file, relative to the repository root. */
  filePath: string;
  genre?: string | undefined;
}

export function agreementCitation(record: CitedRecord): CitationData {
  const lastChanged = history.lastChanged(record.filePath);
  // A build with uncommitted changes has no version anyone else can look up.
  const pinned = !dataVersion.modified && dataVersion.revision;
  return {
    id: record.id,
    title: record.title,
    url: absoluteUrl(urls.agreement(record.id)),
    siteName: SITE.name,
    publisher: hasOperator(SITE.operator) ? SITE.operator.name : undefined,
    updated: lastChanged ? todayInGermany(lastChanged) : undefined,
    version: pinned ? dataVersion.commit : undefined,
    permalink: pinned ? forgeUrls.fileAt(pinned, record.filePath) : undefined,
    genre: record.genre,
    license: { name: SITE.dataLicense.id.replace(/-/g, ' '), url: SITE.dataLicense.url },
  };
}
