/** A router param as plain text; h5 may hand it over still percent-encoded. */
export function readParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
