import type { FilterRow } from '../components/FilterChips'

type FilterRowOptions<V extends string> = {
  /** The chip for “all” (`undefined`); none when not given. */
  all?: string
  /** Puts the “all” chip after the others instead of first. */
  allLast?: boolean
  /** The values to offer, in this order; all of the table's, in its order, when not given. */
  values?: readonly V[]
}

/** A console filter row whose chips are named by a label table (the types' `…_LABELS`). */
export function filterRow<V extends string>(
  name: string,
  labels: Partial<Record<V, string>>,
  { all, allLast = false, values }: FilterRowOptions<V> = {},
): FilterRow<V> {
  const chips = (values ?? (Object.keys(labels) as V[])).map((value) => ({
    value: value as V | undefined,
    label: labels[value] ?? value,
  }))
  if (all === undefined) return { name, options: chips }
  const allChip = { value: undefined, label: all }
  return { name, options: allLast ? [...chips, allChip] : [allChip, ...chips] }
}
