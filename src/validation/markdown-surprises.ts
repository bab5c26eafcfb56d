/**
 * Markdown that silently turns what an author wrote into something else. Such a body is
 * valid and safe, so these are warnings, not errors: the record still goes on the site,
 * but the author is told what the page will show and how to write what was meant.
 *
 * Each surprise is found in the parsed tree (the same parse as the renderer's, so only
 * what really happens is reported) and described from the source text at its position:
 * - a line that starts with a number and a dot ("3. Oktober 2024 …", "1. Änderung …")
 *   becomes a numbered list with a single item;
 * - a line of `---` or `===` right under text turns that text into a heading (a setext
 *   heading) instead of drawing a rule.
 */
import { walk, type MdastLike } from '../lib/content-safety.ts';

export interface MarkdownSurprise {
  /** Line in the body (1 = first line below the frontmatter). */
  line: number;
  column: number;
  message: string;
}

/** Marker of an ordered list item at the start of its source: digits, then `.` or `)`. */
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

/** A setext underline: a line of only `=` or only `-`, after any blockquote markers and indentation. */
const SETEXT_UNDERLINE = /^(?:[ \t]*>)*[ \t]*(=+|-+)[ \t]*$/;

/** A quoted excerpt of source text for a message, never longer than a line of output. */
function excerpt(text: string, max = 60): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

/**
 * Whether a body (parsed without positions) could hold a surprise at all, so that only
 * such bodies are parsed again with positions: a numbered list with one item, or any
 * heading when some line could be a setext underline.
 */
export function mayHoldMarkdownSurprise(tree: unknown, body: string): boolean {
  let found = false;
  let headings = false;
  walk(tree as MdastLike, (node) => {
    if (node.type === 'list' && node.ordered && node.children?.length === 1) found = true;
    if (node.type === 'heading') headings = true;
  });
  return found || (headings && body.split('\n').some((line) => SETEXT_UNDERLINE.test(line)));
}

/**
 * The surprises in a body parsed with positions. `lineOffset` turns body lines into file
 * lines for the messages, which name the lines concerned.
 */
export function markdownSurprises(tree: unknown, body: string, lineOffset = 0): MarkdownSurprise[] {
  const lines = body.split('\n');
  const surprises: MarkdownSurprise[] = [];
  // Lists that follow a paragraph on the very next line, found from their parent.
  const interrupted = new Set<MdastLike>();
  walk(tree as MdastLike, (node) => {
    node.children?.forEach((child, index) => {
      const before = index > 0 ? node.children![index - 1] : undefined;
      const previousEnd = before?.type === 'paragraph' ? before.position?.end?.line : undefined;
      if (child.type === 'list' && previousEnd !== undefined && previousEnd + 1 === child.position?.start.line) interrupted.add(child);
    });
  });
  walk(tree as MdastLike, (node) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start) return;
    const sourceLine = (lines[start.line - 1] ?? '').replace(/\r$/, '');

    // A single numbered item: almost always a sentence that happens to start with a number.
    if (node.type === 'list' && node.ordered && node.children?.length === 1) {
      const marker = ORDERED_MARKER.exec(sourceLine.slice(start.column - 1));
      if (!marker) return;
      const [written, number, delimiter] = marker as unknown as [string, string, string];
      const rest = excerpt(sourceLine.slice(start.column - 1 + written.length), 40);
      // Only "1." may interrupt a paragraph; the text before then ends as a paragraph of its own.
      const splits = interrupted.has(node);
      surprises.push({
        line: start.line,
        column: start.column,
        message:
          `Die Zeile beginnt mit „${written}“ und wird deshalb als nummerierte Liste mit einem einzigen Listenpunkt „${number}${delimiter}“ dargestellt, ` +
          `nicht als Text „${written} ${rest}“.${splits ? ' Weil sie mitten in einem Absatz steht, teilt sie ihn außerdem in zwei.' : ''} ` +
          `Ist keine Liste gemeint, bitte „${number}\\${delimiter}“ schreiben (mit Backslash); die Seite zeigt dann genau den geschriebenen Text.`,
      });
      return;
    }

    // A heading over two or more lines is a setext heading: ATX headings (`## …`) have one line.
    if (node.type === 'heading' && end && end.line > start.line) {
      const underlineLine = (lines[end.line - 1] ?? '').replace(/\r$/, '');
      const underline = SETEXT_UNDERLINE.exec(underlineLine)?.[1];
      if (!underline) return;
      const text = excerpt(
        lines
          .slice(start.line - 1, end.line - 1)
          .map((line) => line.replace(/^(?:[ \t]*>)+/, ''))
          .join(' '),
      );
      const textLines =
        end.line - 1 === start.line ? `Zeile ${start.line + lineOffset}` : `Zeilen ${start.line + lineOffset}–${end.line - 1 + lineOffset}`;
      const rule = underline.startsWith('-');
      surprises.push({
        line: end.line,
        column: underlineLine.indexOf(underline) + 1,
        message:
          `Die Zeile „${underline}“ direkt unter Text macht diesen Text (${textLines}: „${text}“) zur Überschrift${rule ? '' : ' der obersten Ebene'}, ` +
          `statt ${rule ? 'eine Trennlinie zu ziehen' : 'als Text zu erscheinen'}. ` +
          (rule
            ? 'Ist eine Trennlinie gemeint, bitte eine Leerzeile davor setzen oder „***“ schreiben; ist eine Überschrift gemeint, „## Text“ schreiben.'
            : 'Ist keine Überschrift gemeint, bitte eine Leerzeile davor setzen; ist eine gemeint, „## Text“ schreiben.'),
      });
    }
  });
  return surprises;
}
