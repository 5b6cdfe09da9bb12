// A form's field errors reach its fields through the FormCard around them, so a page hands them
// over once (with the action) instead of to every field.
import { createContext, useContext } from 'react'

/** Messages by field path (`nickname`, `place.area`), as an action holds them. */
export type FieldErrors = Record<string, string | undefined>

export const FieldErrorsContext = createContext<FieldErrors>({})

/** The errors a field shows: those it is given, else those of the FormCard it sits in. */
export function useFieldErrors(given?: FieldErrors): FieldErrors {
  const fromCard = useContext(FieldErrorsContext)
  return given ?? fromCard
}
