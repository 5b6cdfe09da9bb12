// Consents to WeChat subscribe messages: one-time templates allow one message per accepted request,
// so each (person, template) keeps a count, taken one at a time with a conditional decrement.
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { updateIf } from './reads'

/** Enough for every message a person could be owed; WeChat itself caps what it accepts. */
const MAX_CONSENTS = 50

const consentId = (userId: string, templateId: string) => `${userId}:${templateId}`

/** Records one more accepted request for the template. */
export async function addConsent(db: Database, userId: string, templateId: string, now: Date) {
  const _id = consentId(userId, templateId)
  await addUnlessPresent(db, 'subscriptions', { _id, userId, templateId, n: 0, updatedAt: now })
  await collection(db, 'subscriptions')
    .where({ _id, n: db.command.lt(MAX_CONSENTS) })
    .update({ n: db.command.inc(1), updatedAt: now })
}

/** Uses one consent; false when none is left. */
export async function takeConsent(
  db: Database,
  userId: string,
  templateId: string,
): Promise<boolean> {
  return updateIf(
    db,
    'subscriptions',
    { _id: consentId(userId, templateId), n: db.command.gt(0) },
    { n: db.command.inc(-1) },
  )
}

/** 注销 of the account: its consents go with it. */
export async function removeConsents(db: Database, userId: string): Promise<void> {
  await collection(db, 'subscriptions').where({ userId }).remove()
}
