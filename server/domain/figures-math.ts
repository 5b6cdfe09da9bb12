// The little arithmetic every figure shares, so a rate or a median reads the same on every page.

/** `part` of `whole` as a percentage with one decimal; 0 when there is no whole. */
export function rate(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0
}

/** The median of values counted `n` times each, to one decimal; null when there are none. */
export function weightedMedian(counted: readonly { value: number; n: number }[]): number | null {
  const sorted = [...counted].filter((c) => c.n > 0).sort((a, b) => a.value - b.value)
  const total = sorted.reduce((sum, c) => sum + c.n, 0)
  if (!total) return null
  // The value at 1-based position k of the expanded, sorted list.
  const at = (k: number) => {
    let seen = 0
    for (const c of sorted) {
      seen += c.n
      if (seen >= k) return c.value
    }
    return sorted[sorted.length - 1].value
  }
  const mid = total % 2 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2
  return Math.round(mid * 10) / 10
}

/** The median of plain values. */
export function median(values: readonly number[]): number | null {
  return weightedMedian(values.map((value) => ({ value, n: 1 })))
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
