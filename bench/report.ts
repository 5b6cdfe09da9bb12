// What every benchmark returns, and how it is printed: one titled table of named figures per section.

export type BenchSection = { title: string; rows: { name: string; value: string }[] }

export function printSection(section: BenchSection): void {
  const nameWidth = Math.max(4, ...section.rows.map((r) => r.name.length))
  const valueWidth = Math.max(5, ...section.rows.map((r) => r.value.length))
  const rule = `${'-'.repeat(nameWidth + 2)}+${'-'.repeat(valueWidth + 2)}`
  console.log(`\n${section.title}`)
  console.log(rule)
  for (const row of section.rows) {
    console.log(` ${row.name.padEnd(nameWidth)} | ${row.value.padStart(valueWidth)}`)
  }
  console.log(rule)
}

/** The value at quantile q (0..1) of unsorted samples. */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]
}
