/** Edit distance (Levenshtein), for "did you mean" on mistyped commands and flags. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate within one edit (two for words of six letters or more), if any: close
 * enough for a typo ("asess"), not so loose that a folder such as "repo" reads as "report".
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length >= 6 ? 2 : 1;
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c);
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}
