// 微心愿: submitting and reviewing wishes, the wall, claiming and dispatching, fulfilling and
// confirming, the committee's queue, figures and ledger, and the timed sweep that returns lapsed
// dispatches and claims to the wall, reminds holders and confirms unanswered fulfilments.
import { createMain } from '../../server/kernel/router'
import { claim, release } from './handlers/claim'
import { dispatch, respond, suggestions } from './handlers/dispatch'
import { confirm, fulfil, progress } from './handlers/fulfil'
import { get, list, mine, queue } from './handlers/lists'
import { board, figures, ledger } from './handlers/reports'
import { review } from './handlers/review'
import { saveDraft, submit, withdraw } from './handlers/submit'
import { sweep } from './handlers/sweep'

export const main = createMain(
  'wish',
  {
    submit,
    saveDraft,
    withdraw,
    review,
    list,
    get,
    mine,
    claim,
    release,
    dispatch,
    respond,
    progress,
    fulfil,
    confirm,
    queue,
    suggestions,
    figures,
    board,
    ledger,
    sweep,
  },
  { timers: { sweep: 'sweep' } },
)
