// Check-in codes change every 30 s and only the current one is accepted. A test that reads a code
// and then submits it waits, when the window is nearly over, for the next one, so the code cannot
// lapse between reading and submitting (the stack runs on this machine's clock).
import { ACTIVITY_RULES } from '../../types/activity'

const PERIOD_MS = ACTIVITY_RULES.codePeriodSeconds * 1000
/** Time a test needs between reading a code and the server checking it. */
const ROOM_MS = 10_000

/** The window a time falls in, as the server numbers it. */
export const codeWindowAt = (ms: number) => Math.floor(ms / PERIOD_MS)

/** Returns once at least 10 s of the current window are left. */
export async function awaitRoomInCodeWindow(): Promise<void> {
  const left = PERIOD_MS - (Date.now() % PERIOD_MS)
  if (left < ROOM_MS) await new Promise((r) => setTimeout(r, left + 300))
}
