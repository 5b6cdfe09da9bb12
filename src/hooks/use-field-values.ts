import { useCallback, useState } from 'react'

/** The text values of a form, by field name, with one setter for them all. */
export type FieldValues<K extends string> = {
  values: Record<K, string>
  // Methods (not function properties), so a form's own field names fit where any name is taken.
  set(name: K, value: string): void
  /** Replaces several values at once (a loaded draft, a cleared form). */
  assign(values: Partial<Record<K, string>>): void
}

/** Holds a form's text fields in one place, so FormFields can draw them from their specs. */
export function useFieldValues<K extends string>(initial: Record<K, string>): FieldValues<K> {
  const [values, setValues] = useState(initial)
  // Stable across renders, so effects that fill the form can name them as dependencies.
  const set = useCallback(
    (name: K, value: string) => setValues((old) => ({ ...old, [name]: value })),
    [],
  )
  const assign = useCallback(
    (next: Partial<Record<K, string>>) => setValues((old) => ({ ...old, ...next })),
    [],
  )
  return { values, set, assign }
}
