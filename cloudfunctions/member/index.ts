// 寻党员，亮身份: members register (consent, draft, submit, withdraw, 注销), the committee and branch
// secretaries verify them against the roster, verified members carry a card and may show their
// status on their shop; the committee sees coverage and exports the ledger.
import { createMain } from '../../server/kernel/router'
import { card, changeWork, setShowStatus, verifyCard } from './handlers/card'
import { erase, mine, saveDraft, submit, withdraw } from './handlers/registration'
import { coverage, importRoster, ledger } from './handlers/roster'
import { approve, approveMatched, get, queue, reject, revoke } from './handlers/verification'

export const main = createMain('member', {
  mine,
  saveDraft,
  submit,
  withdraw,
  card,
  setShowStatus,
  changeWork,
  erase,
  verifyCard,
  queue,
  get,
  approve,
  reject,
  revoke,
  importRoster,
  approveMatched,
  coverage,
  ledger,
})
