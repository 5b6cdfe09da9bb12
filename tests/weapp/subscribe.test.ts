// In the built mini-program: filing a complaint asks WeChat for the subscribe messages the
// complainant will want (requestSubscribeMessage, from the tap that files it), and what the person
// answered reaches the server (inbox.subscribe).
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { MESSAGE_KINDS, MESSAGE_KIND_LABELS } from '../../types/inbox'
import { MiniSandbox, cannedCloud, findByClass, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

const PREFERENCES: ActionOutput<'inbox', 'preferences'> = {
  list: MESSAGE_KINDS.map((kind) => ({
    kind,
    label: MESSAGE_KIND_LABELS[kind],
    enabled: true,
    mandatory: kind === 'registration_revoked',
    templateId: `tmpl-${kind}`,
  })),
}

it('asks for the complaint templates in the tap that files a complaint, and records the answer', async () => {
  const sandbox = new MiniSandbox(
    DIST,
    cannedCloud({
      'inbox.preferences': { ok: true, data: PREFERENCES },
      'inbox.subscribe': { ok: true, data: { recorded: 3 } },
      'shop.get': { ok: true, data: { shopId: 'shop_1', name: '老街面馆' } as never },
      'complaint.file': { ok: true, data: { complaintId: 'c1', status: 'submitted' } as never },
    }),
  )
  sandbox.launch()
  const page = sandbox.open('shopper/pages/complain/index', { shopId: 'shop_1' })
  const calls = () => sandbox.cloudCalls.map((c) => `${c.name}.${c.data.action}`)
  await waitFor(() => calls().includes('inbox.preferences'), 'the templates loaded')
  await waitFor(
    () => findByClass(page.data.root, 'complaint-category__item').length > 0,
    'the form',
  )
  await new Promise((r) => setTimeout(r, 50))

  sandbox.tap(page, findByClass(page.data.root, 'complaint-category__item')[0])
  const [textarea] = findByClass(page.data.root, 'nut-textarea-textarea')
  sandbox.input(page, textarea, '结账时多收了五块钱，店员还不承认。')
  await new Promise((r) => setTimeout(r, 50))
  sandbox.tap(page, findByClass(page.data.root, 'complain-form__submit')[0])

  await waitFor(() => sandbox.callsOf('requestSubscribeMessage').length === 1, 'the request')
  expect(sandbox.callsOf('requestSubscribeMessage')[0]).toMatchObject({
    tmplIds: ['tmpl-complaint_accepted', 'tmpl-complaint_assigned', 'tmpl-complaint_handled'],
  })
  await waitFor(() => calls().includes('inbox.subscribe'), 'the consent sent')
  const sent = sandbox.cloudCalls.find((c) => c.data.action === 'subscribe')!
  expect(sent.data.data).toEqual({
    results: {
      'tmpl-complaint_accepted': 'accept',
      'tmpl-complaint_assigned': 'accept',
      'tmpl-complaint_handled': 'accept',
    },
  })
  await waitFor(() => calls().includes('complaint.file'), 'the complaint filed')
})
