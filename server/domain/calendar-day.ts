// A YYYY-MM-DD the schemas let through may still be no day at all (2026-02-30): checked here.

/** True when `day` (YYYY-MM-DD) names a day of the calendar. */
export function isCalendarDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day
}
