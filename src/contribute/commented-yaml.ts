/**
 * The YAML of a new record, with a comment on top and one before each field a
 * contributor still has to fill: shared by the agreement and organisation templates.
 */
import { Document } from 'yaml';

export function commentedYaml(data: Record<string, unknown>, header: string[], comments: Record<string, string>): string {
  const doc = new Document(data);
  doc.commentBefore = header.join('\n');
  const items =
    doc.contents && 'items' in doc.contents ? (doc.contents.items as { key: { value: unknown; commentBefore?: string } }[]) : [];
  for (const [key, comment] of Object.entries(comments)) {
    const pair = items.find((item) => item.key.value === key);
    if (pair) pair.key.commentBefore = comment;
  }
  return doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}
