/**
 * The agreement records as the build reads them: the validator's own listing of files and
 * its own parsing (so both see the same data), then the schema. The build runs
 * `npm run validate` first, which explains any problem; here a problem only stops the
 * build.
 *
 * Deliberately not an Astro content collection: Astro would keep every record in its data
 * store and bundle that store into the build as one JavaScript module, which at 10,000
 * records costs more than reading the files again (a 35 MB module for Vite to bundle and
 * Node to compile, and its copy in memory). Reading them takes about 2 s at 10,000
 * records. A record's body is rendered to HTML only where a page shows it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AGREEMENT_EXTENSION, CONTENT_PATHS } from '../lib/content-paths.ts';
import { renderRecordBody } from '../lib/record-body.ts';
import { sourceNumbers } from '../lib/view-links.ts';
import { agreementSchema, type Agreement } from '../schemas/agreement.ts';
import { contentHash } from '../validation/cache.ts';
import { listingError, listRecordFiles } from '../validation/record-files.ts';
import { decodeSourceFile, parseMdxSource } from '../validation/source-file.ts';

export interface AgreementRecord {
  id: string;
  /** Project-relative path of the record file ("src/content/agreements/x.mdx"). */
  filePath: string;
  data: Agreement;
  /** The Markdown body as written, below the frontmatter. */
  body: string;
  /** A hash of the file's bytes: what the body's HTML is made from besides the code. */
  digest: string;
}

function readRecord(root: string, id: string, path: string): AgreementRecord {
  const file = relative(root, path).split('\\').join('/');
  const bytes = readFileSync(path);
  const text = decodeSourceFile(bytes, file);
  const mdx = text.value === undefined ? undefined : parseMdxSource(text.value, file);
  if (!mdx?.value) {
    throw new Error(`${file}: ${[...text.diagnostics, ...(mdx?.diagnostics ?? [])].map((diagnostic) => diagnostic.message).join(' ')}`);
  }
  const parsed = agreementSchema.safeParse(mdx.value.yaml.data);
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return { id, filePath: file, data: parsed.data, body: mdx.value.body, digest: contentHash(bytes) };
}

/** Every agreement record below a project root, in the validator's order of files. */
export function readAgreementRecords(root: string): AgreementRecord[] {
  // The validator's own listing: a file it would not check is not built either.
  const listing = listRecordFiles(root, CONTENT_PATHS.agreements, AGREEMENT_EXTENSION);
  if (listing.problems.length > 0) throw listingError(listing.problems);
  return listing.files.map((record) => readRecord(root, record.id, record.path));
}

/** A record's body as HTML: Markdown and the allowed components only, never compiled (src/lib/record-body.ts). */
export function agreementBodyHtml(record: AgreementRecord): string {
  return renderRecordBody(record.body, record.filePath, sourceNumbers(record.data.sources));
}
