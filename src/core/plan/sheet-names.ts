/**
 * New sheets never replace existing ones: 自评汇总, then 自评汇总(2), … The summary and the
 * report keep the same number so they are recognisably a pair.
 */
export function uniqueSheetNames(bases: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const names = bases.map((b) => (i === 1 ? b : `${b}(${i})`));
    if (names.every((n) => !taken.has(n.toLowerCase()))) return names;
  }
}
