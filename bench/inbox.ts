// What the inbox adds to a complaint state change: 受理 (accept) through the gateway, whose reply
// now also writes the complainant's message and pushes a subscribe message to the outbox (each
// complainant consented, so the full path runs), beside the same notification on its own,
// in-process. The difference is the change as it was before the inbox.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startStack } from '../local-cloud/stack'
import { DEMO_SHOPS } from '../local-cloud/seed/demo-district'
import { complainantNotice } from '../server/domain/notices'
import { notify } from '../server/domain/notify'
import { tcb } from '../server/kernel/database'
import { appServices } from '../server/kernel/services'
import { findComplaint } from '../server/repositories/complaints'
import { buildFunctions, FUNCTIONS_OUT } from '../scripts/build-functions'
import { percentile, post, type BenchSection } from './report'

const CHANGES = 200

export async function benchInbox(): Promise<BenchSection> {
  await buildFunctions()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-inbox-'))
  const stack = await startStack({ dataDir, port: 0, functionsDir: FUNCTIONS_OUT, seed: true })
  const call = async (openid: string, fn: string, body: unknown) => {
    const res = await post(stack.url, fn, body, stack.tokens.issue(openid))
    const reply = JSON.parse(res.text) as { ok: boolean; data?: { complaintId?: string } }
    if (!reply.ok) throw new Error(`${fn} failed: ${JSON.stringify(reply)}`)
    return reply.data
  }
  try {
    const ids: { id: string; openid: string }[] = []
    for (let i = 0; i < CHANGES; i++) {
      const openid = `bench-complainant-${i}`
      // Two consents: one for the accept, one for the same notification measured alone.
      for (let n = 0; n < 2; n++)
        await call(openid, 'inbox', {
          action: 'subscribe',
          data: { results: { 'local-complaint-accepted': 'accept' } },
        })
      const filed = await call(openid, 'complaint', {
        action: 'file',
        data: {
          shopId: DEMO_SHOPS[i % DEMO_SHOPS.length]._id,
          category: 'service',
          description: '结账时多收了钱，店员态度也不好。',
        },
      })
      ids.push({ id: filed!.complaintId!, openid })
    }

    const acceptMs: number[] = []
    const before = stack.endpoint.operations
    for (const { id } of ids) {
      const t = performance.now()
      await call('demo-admin', 'complaint', {
        action: 'accept',
        data: { complaintId: id, severity: 'minor' },
      })
      acceptMs.push(performance.now() - t)
    }
    const acceptOps = (stack.endpoint.operations - before) / CHANGES

    // The same notification alone, as accept sends it.
    const db = tcb.init({ env: 'local' }).database()
    const ctx = { db, now: () => new Date(), services: appServices() }
    const notifyMs: number[] = []
    const notifyBefore = stack.endpoint.operations
    for (const { id } of ids) {
      const doc = (await findComplaint(db, id))!
      const t = performance.now()
      await notify(ctx, [doc.complainantId], complainantNotice(doc, 'accepted', new Date()))
      notifyMs.push(performance.now() - t)
    }
    const findOps = 1
    const notifyOps = (stack.endpoint.operations - notifyBefore) / CHANGES - findOps

    const p50 = (xs: number[]) => percentile(xs, 0.5)
    return {
      title: `Inbox cost of a complaint state change (受理, ${CHANGES} complaints, consented push to the outbox)`,
      rows: [
        { name: 'accept with the inbox: database operations', value: acceptOps.toFixed(1) },
        { name: 'of which the notification', value: notifyOps.toFixed(1) },
        {
          name: 'accept without it (before this issue)',
          value: (acceptOps - notifyOps).toFixed(1),
        },
        {
          name: 'accept with the inbox: p50 / p99 latency',
          value: `${p50(acceptMs).toFixed(1)} / ${percentile(acceptMs, 0.99).toFixed(1)} ms`,
        },
        { name: 'the notification alone: p50 latency', value: `${p50(notifyMs).toFixed(1)} ms` },
        {
          name: 'share of accept’s p50 spent notifying',
          value: `${((p50(notifyMs) / p50(acceptMs)) * 100).toFixed(0)}%`,
        },
      ],
    }
  } finally {
    await stack.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
