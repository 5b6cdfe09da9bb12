// The district's posters come in parts: one call renders about 200 shops, a PDF of a few MB
// drawn well inside the function's time limit; the console asks for part 1, 2, … until `parts`.

/** Shops per part: a 200-page PDF takes a few seconds and about 5 MB. */
export const POSTERS_PER_PART = 200

/** How many parts `shops` open shops make (at least one, so an empty district still answers). */
export function posterParts(shops: number, perPart = POSTERS_PER_PART): number {
  return Math.max(1, Math.ceil(shops / perPart))
}

/** Where part `part` (from 1) starts in name order and how many shops it holds. */
export function posterPartRange(
  part: number,
  shops: number,
  perPart = POSTERS_PER_PART,
): { skip: number; take: number } {
  const skip = (part - 1) * perPart
  return { skip, take: Math.max(0, Math.min(perPart, shops - skip)) }
}
