/**
 * The one listing of record files in a content folder. The validator and Astro's content
 * loaders both call it, so a file is either a record that both check and build, or a
 * problem that both report; nothing is built unvalidated, and nothing is silently ignored
 * except the files that only keep a folder in Git (KEEP_FILES).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from '../schemas/common.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface RecordFile {
  /** The record's id: the file name without its extension. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Project-relative path with forward slashes, as diagnostics name it. */
  file: string;
}

export interface RecordFileListing {
  files: RecordFile[];
  /** Every entry of the folder that is not a valid record file, with what to do about it. */
  problems: Diagnostic[];
}

function suggestedId(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Files that exist only so that Git keeps an empty folder. They are no records and never
 * read; any other name beginning with a dot is refused (an editor's backup, a hidden file).
 */
export const KEEP_FILES: ReadonlySet<string> = new Set(['.gitkeep', '.keep']);

/**
 * Classifies one entry of a content folder: the record id it stands for, a keep file to
 * pass over, or the German message explaining why it is not a record. `isFile` is false
 * for folders and links.
 */
export function classifyRecordName(name: string, extension: string, isFile = true): { id: string } | { keep: true } | { message: string } {
  if (!isFile) {
    return {
      message: `Hier werden nur ${extension}-Dateien gelesen, keine Unterordner oder Verknüpfungen; „${name}“ würde ignoriert. Bitte verschieben oder entfernen.`,
    };
  }
  if (KEEP_FILES.has(name)) return { keep: true };
  if (name.startsWith('.')) {
    return {
      message: `Dateien, deren Name mit einem Punkt beginnt, sind hier nicht erlaubt (versteckte Dateien oder Sicherungskopien von Editoren). Bitte entfernen oder umbenennen${name.endsWith(extension) && suggestedId(name.slice(0, -extension.length)) ? `, etwa in „${suggestedId(name.slice(0, -extension.length))}${extension}“` : ''}.`,
    };
  }
  if (!name.endsWith(extension)) {
    const dot = name.lastIndexOf('.');
    const found = dot > 0 ? ` (gefunden: „${name.slice(dot)}“)` : '';
    return {
      message: `Hier werden nur ${extension}-Dateien gelesen${found}; diese Datei würde ignoriert. Bitte umbenennen oder verschieben.`,
    };
  }
  const id = name.slice(0, -extension.length);
  if (!slug.safeParse(id).success) {
    const suggestion = suggestedId(id);
    return {
      message: `Der Dateiname „${id}“ ist keine gültige Kennung: erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche.${suggestion ? ` Vorschlag: „${suggestion}${extension}“.` : ''}`,
    };
  }
  return { id };
}

/** Lists the record files of a folder, sorted by name; a missing folder has none. */
export function listRecordFiles(root: string, relativeDir: string, extension: string): RecordFileListing {
  const dir = join(root, relativeDir);
  const listing: RecordFileListing = { files: [], problems: [] };
  if (!existsSync(dir)) return listing;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = `${relativeDir}/${entry.name}`;
    const result = classifyRecordName(entry.name, extension, entry.isFile());
    if ('id' in result) listing.files.push({ id: result.id, path: join(dir, entry.name), file });
    else if ('message' in result) listing.problems.push({ file, line: 1, column: 1, field: '', message: result.message });
  }
  return listing;
}

/** The problems of a listing as one error message for a build that must stop. */
export function listingError(problems: Diagnostic[]): Error {
  return new Error(
    `Diese Dateien sind keine gültigen Einträge (npm run validate erklärt sie): ${problems.map((problem) => `${problem.file}: ${problem.message}`).join(' | ')}`,
  );
}
