import type { Source } from '../schemas/common.ts';

/** Source id -> its number in the record's list of sources, for footnote markers ([1], [2] …). */
export function sourceNumbers(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.flatMap((source, index) => (source.id ? [[source.id, index + 1] as const] : [])));
}
