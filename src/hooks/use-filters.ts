import { useState } from 'react'

/** A public list's filters: the values its query is sent with, and ListFilters' setter. */
export type Filters<F> = {
  values: F
  set: (values: F) => void
  /** Some filter is set, so an empty list may be the filters' doing (换个关键词试试). */
  narrowed: boolean
}

/** Holds a list's filters (a keyword, a category…); a new value reloads the list that uses them. */
export function useFilters<F extends object>(initial: F): Filters<F> {
  const [values, set] = useState(initial)
  return { values, set, narrowed: Object.values(values).some(Boolean) }
}
