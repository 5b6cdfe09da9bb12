// Numbered places that bound how much one person holds at once (open wishes, unfinished claims).
// A slot is a document `_id` = `${what}:${who}:${n}` for n below the limit, taken by inserting it:
// the unique id admits one holder per number, so N concurrent takers cannot exceed the limit.
import { addUnlessPresent, collection, type Database } from '../kernel/database'

export type SlotDoc = { _id: string; ref: string; createdAt: Date }

export function slotIds(what: string, who: string, limit: number): string[] {
  return Array.from({ length: limit }, (_, n) => `${what}:${who}:${n}`)
}

/** Takes the first free slot for `ref`; its id, or null when every one is taken. */
export async function takeFreeSlot(
  db: Database,
  ids: string[],
  ref: string,
  now: Date,
): Promise<string | null> {
  for (const id of ids)
    if (await addUnlessPresent(db, 'slots', { _id: id, ref, createdAt: now })) return id
  return null
}

/** The slots among `ids` that are taken. */
export async function takenSlots(db: Database, ids: string[]): Promise<SlotDoc[]> {
  const res = await collection(db, 'slots')
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .get()
  return res.data as SlotDoc[]
}

/** Frees the slot only if it still holds `ref` (a slot taken again since is left alone). */
export async function releaseSlot(db: Database, id: string, ref: string): Promise<void> {
  await collection(db, 'slots').where({ _id: id, ref }).remove()
}

/** Frees whichever of `ids` holds `ref`. */
export async function releaseSlotOf(db: Database, ids: string[], ref: string): Promise<void> {
  await collection(db, 'slots')
    .where({ _id: db.command.in(ids), ref })
    .remove()
}

/** Takes one named slot for `ref` (the seed names its slots); false when it is taken. */
export async function takeSlotId(db: Database, id: string, ref: string, now: Date) {
  return addUnlessPresent(db, 'slots', { _id: id, ref, createdAt: now })
}
