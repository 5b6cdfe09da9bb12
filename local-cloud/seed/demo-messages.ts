// The demo inboxes, so 消息 is alive on first start: what the demo complaints and registrations
// told their people, in the words and shape the notify path writes (the same notice builders and
// repository function); the newest of each inbox unread.
import {
  complainantNotice,
  handlerNotice,
  memberNotice,
  newComplaintNotices,
} from '../../server/domain/notices'
import type { Notice } from '../../server/domain/notify'
import type { Database } from '../../server/kernel/database'
import { insertMessage } from '../../server/repositories/messages'
import { demoComplaints } from './demo-feedback'
import { once } from './once'

const HOUR = 3600 * 1000

export async function seedDemoMessages(db: Database, now: Date): Promise<void> {
  const complaints = demoComplaints(now)
  const byId = (id: string) => complaints.find((c) => c._id === id)!
  const handled = byId('demo-complaint-handled')
  const submitted = byId('demo-complaint-submitted')
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR)
  const inboxes: [string, Notice, Date, boolean][] = [
    // 刘阳 follows the complaint against 老街口牛肉面, which now waits for her confirmation.
    ['user-shopper', complainantNotice(handled, 'accepted', at(91)), at(91), true],
    ['user-shopper', complainantNotice(handled, 'assigned', at(89)), at(89), true],
    ['user-shopper', complainantNotice(handled, 'handled', at(24)), at(24), false],
    // 张志明 runs the shop: the new complaint, then the committee's assignment.
    ['user-merchant', newComplaintNotices(handled, at(96)).merchant, at(96), true],
    ['user-merchant', handlerNotice(handled, 'assigned', at(89)), at(89), true],
    // 陈晓燕 was approved into her branch.
    ['user-member', memberNotice('approved', at(200), '美食街党支部'), at(200), false],
    // The committee has a new complaint to accept.
    ['user-admin', newComplaintNotices(submitted, at(2)).committee, at(2), false],
  ]
  for (const [i, [userId, notice, createdAt, read]] of inboxes.entries()) {
    await once(
      insertMessage(db, {
        _id: `demo-message-${i + 1}`,
        userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        link: notice.link,
        createdAt,
        readAt: read ? createdAt : null,
        push: { status: 'no_consent', at: createdAt },
      }),
    )
  }
}
