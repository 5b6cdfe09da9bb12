// The seed runs again after an interruption: an insert it already made is taken as done.

import { isDuplicateWrite } from '../../server/kernel/database'
/** Runs an insert, taking "already there" (a second run after an interruption) as done. */
export async function once(insert: Promise<unknown>): Promise<void> {
  try {
    await insert
  } catch (err) {
    if (!isDuplicateWrite(err)) throw err
  }
}
