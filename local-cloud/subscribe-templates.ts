// The subscribe-message templates the local stack configures: one per message kind, with the four
// fields every notice fills, so the local outbox holds exactly what WeChat would be sent. Production
// configures its own template ids and field keys in WX_SUBSCRIBE_TEMPLATES.
import { MESSAGE_KINDS } from '../types/inbox'

export const LOCAL_SUBSCRIBE_TEMPLATES = Object.fromEntries(
  MESSAGE_KINDS.map((kind) => [
    kind,
    {
      id: `local-${kind.replace(/_/g, '-')}`,
      fields: { subject: 'thing1', status: 'phrase2', time: 'time3', note: 'thing4' },
    },
  ]),
)
