import { distance } from 'fastest-levenshtein';

/**
 * The closest known id to a mistyped one, if it is close enough to be a likely typo
 * ("dataprot" -> "dataport", "it-nds" -> nothing). Also matches a known id that merely
 * contains the value or the other way round ("niedersachsen" -> "it-niedersachsen").
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const score = hay.includes(needle) || needle.includes(hay) ? Math.abs(hay.length - needle.length) / 2 : distance(needle, hay);
    if (!best || score < best.score) best = { candidate, score };
  }
  if (!best) return undefined;
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return best.score <= tolerance ? best.candidate : undefined;
}

/** " Meinten Sie „x“?" or an empty string. */
export function didYouMeanText(value: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(value, candidates);
  return suggestion ? ` Meinten Sie „${suggestion}“?` : '';
}
