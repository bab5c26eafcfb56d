/**
 * Atom feeds of agreements, newest first: all, and per Land, organisation and topic.
 *
 * Written by hand rather than with a feed library, so that every value is treated the
 * same way: record text is emitted as Atom text (never as HTML, so feed readers show it
 * and do not render it as markup), every element text and every attribute is escaped,
 * and characters that XML 1.0 does not allow are removed (the validator rejects them in
 * records already; this keeps a feed well-formed whatever reaches it).
 */
import { SITE } from '../config.ts';
import { formatDateValue } from '../schemas/dates.ts';
import type { AgreementView } from '../lib/registry-core.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { agreementKinds } from '../schemas/agreement.ts';

/** Feed readers want recent news, not the archive: the newest entries only. */
export const FEED_SIZE = 50;

/** Everything XML 1.0 forbids: C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content of an element. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value, for double quotes; line breaks and tabs kept as characters, not normalised away. */
export function xmlAttribute(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

type Attributes = Record<string, string | undefined>;

function attributes(values: Attributes): string {
  return Object.entries(values)
    .flatMap(([name, value]) => (value === undefined ? [] : [` ${name}="${xmlAttribute(value)}"`]))
    .join('');
}

function element(name: string, text: string, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}>${xmlText(text)}</${name}>`;
}

function empty(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** One entry of an Atom feed; every value is text, escaped here. */
export interface AtomEntry {
  title: string;
  /** A stable IRI that identifies the entry across builds. */
  id: string;
  /** The page the entry is about (absolute). */
  link: string;
  updated: Date;
  published?: Date | undefined;
  summary: string;
  categories?: { term: string; label: string; scheme: string }[] | undefined;
}

/** An Atom document: the feed's own data and its entries, newest first, as given. */
export function atomDocument(options: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  updated: Date;
  entries: AtomEntry[];
}): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">`,
    `  ${element('id', absoluteUrl(options.feedPath))}`,
    `  ${element('title', `${options.title} – ${SITE.name}`)}`,
    `  ${element('subtitle', options.description)}`,
    `  ${element('updated', options.updated.toISOString())}`,
    `  ${empty('link', { rel: 'alternate', type: 'text/html', href: absoluteUrl(options.pagePath) })}`,
    `  ${empty('link', { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(options.feedPath) })}`,
    `  <author>${element('name', SITE.name)}${element('uri', absoluteUrl(urls.home()))}</author>`,
    `  ${element('icon', absoluteUrl(urls.asset('favicon.svg')))}`,
    `  ${element('rights', SITE.dataLicense.attribution)}`,
    `  ${element('generator', SITE.name)}`,
  ];
  for (const entry of options.entries) {
    lines.push(
      '  <entry>',
      `    ${element('title', entry.title)}`,
      `    ${element('id', entry.id)}`,
      `    ${empty('link', { rel: 'alternate', type: 'text/html', href: entry.link })}`,
      `    ${element('updated', entry.updated.toISOString())}`,
      ...(entry.published ? [`    ${element('published', entry.published.toISOString())}`] : []),
      `    ${element('summary', entry.summary)}`,
      ...(entry.categories ?? []).map((category) => `    ${empty('category', category)}`),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function atomFeed(options: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  agreements: AgreementView[];
  lastChanged: (filePath: string) => Date | undefined;
  dataDate: Date;
}): string {
  const agreements = options.agreements.slice(0, FEED_SIZE);
  const changed = (agreement: AgreementView) =>
    options.lastChanged(agreement.record.filePath) ?? (agreement.day ? new Date(agreement.day) : options.dataDate);
  const updated =
    agreements.reduce<Date | undefined>((latest, agreement) => {
      const date = changed(agreement);
      return !latest || date > latest ? date : latest;
    }, undefined) ?? options.dataDate;
  const entries = agreements.map((agreement): AtomEntry => {
    const url = absoluteUrl(urls.agreement(agreement.id));
    const when = agreement.date ? `${formatDateValue(agreement.date)}: ` : '';
    return {
      title: agreement.data.title,
      id: url,
      link: url,
      updated: changed(agreement),
      published: agreement.day ? new Date(agreement.day) : undefined,
      summary: `${when}${agreementKinds.labels[agreement.data.kind]} zwischen ${agreement.parties.map((party) => party.actor.name).join(', ')}. ${agreement.data.summary}`,
      categories: agreement.topics.map((topic) => ({ term: topic.id, label: topic.label, scheme: absoluteUrl(urls.topics()) })),
    };
  });
  return atomDocument({ ...options, updated, entries });
}
