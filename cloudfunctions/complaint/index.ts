// 投诉监督: filing, the handling loop (accept → assign → handle → confirm), each side's view, and
// the timed sweep that flags overdue complaints and closes unconfirmed ones.
import { createMain } from '../../server/kernel/router'
import { file } from './handlers/file'
import { forShop, get, mine, queue } from './handlers/lists'
import {
  accept,
  assign,
  confirm,
  handle,
  reject,
  reply,
  verifyRectification,
} from './handlers/loop'
import { sweep } from './handlers/sweep'

export const main = createMain(
  'complaint',
  {
    file,
    mine,
    forShop,
    queue,
    get,
    accept,
    reject,
    assign,
    reply,
    handle,
    confirm,
    verifyRectification,
    sweep,
  },
  { timers: { sweep: 'sweep' } },
)
