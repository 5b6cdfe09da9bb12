// Transactions: commit, rollback, isolation, and optimistic conflicts under contention. The endpoint
// answers DATABASE_TRANSACTION_CONFLICT when anything a transaction read has moved; the SDK's
// runTransaction retries that 3 times (4 attempts in all).
import { fileEndpoint } from '../../support/local-endpoint'

jest.setTimeout(60_000)

const { local, _, collection } = fileEndpoint('transactions', { collections: ['accounts'] })
const accounts = collection('accounts')

let seq = 0
/** Fresh accounts with the given balances; returns their ids. */
async function openAccounts(...balances: number[]): Promise<string[]> {
  const ids = balances.map(() => `acct-${++seq}`)
  await accounts.add(balances.map((balance, i) => ({ _id: ids[i], balance })))
  return ids
}

async function balanceOf(id: string): Promise<number | undefined> {
  const res = await accounts.doc(id).get()
  return res.data[0]?.balance
}

async function transfer(tx: any, from: string, to: string, amount: number): Promise<void> {
  const source = (await tx.collection('accounts').doc(from).get()).data
  const target = (await tx.collection('accounts').doc(to).get()).data
  await tx
    .collection('accounts')
    .doc(from)
    .update({ balance: source.balance - amount })
  await tx
    .collection('accounts')
    .doc(to)
    .update({ balance: target.balance + amount })
}

describe('commit', () => {
  test('runTransaction commits every write and returns the callback result', async () => {
    const [a, b] = await openAccounts(100, 0)
    const result = await local.db.runTransaction(async (tx: any) => {
      await transfer(tx, a, b, 30)
      return 'moved'
    })
    expect(result).toBe('moved')
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([70, 30])
  })

  test('startTransaction and commit by hand; writes are invisible outside until commit', async () => {
    const [a, b] = await openAccounts(10, 10)
    const tx = await local.db.startTransaction()
    await transfer(tx, a, b, 4)
    expect((await tx.collection('accounts').doc(a).get()).data.balance).toBe(6)
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([10, 10])
    await tx.commit()
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([6, 14])
  })

  test('add, set and remove inside a transaction', async () => {
    const [gone] = await openAccounts(1)
    await local.db.runTransaction(async (tx: any) => {
      await tx.collection('accounts').add({ _id: 'tx-added', balance: 5 })
      await tx.collection('accounts').doc('tx-set').set({ balance: 6 })
      await tx.collection('accounts').doc(gone).remove()
    })
    expect(await balanceOf('tx-added')).toBe(5)
    expect(await balanceOf('tx-set')).toBe(6)
    expect((await accounts.doc(gone).get()).data).toEqual([])
  })
})

describe('rollback', () => {
  test('transaction.rollback() inside runTransaction leaves data unchanged', async () => {
    const [a, b] = await openAccounts(50, 50)
    const outcome = local.db.runTransaction(async (tx: any) => {
      await transfer(tx, a, b, 20)
      await tx.rollback('changed my mind')
    })
    await expect(outcome).rejects.toBe('changed my mind')
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([50, 50])
  })

  test('an error thrown inside runTransaction rolls back and reaches the caller', async () => {
    const [a, b] = await openAccounts(50, 50)
    const outcome = local.db.runTransaction(async (tx: any) => {
      await transfer(tx, a, b, 20)
      throw new Error('insufficient funds')
    })
    await expect(outcome).rejects.toThrow('insufficient funds')
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([50, 50])
  })

  test('rollback() by hand discards the writes, and the transaction is over', async () => {
    const [a] = await openAccounts(9)
    const tx = await local.db.startTransaction()
    await tx.collection('accounts').doc(a).update({ balance: 0 })
    await tx.rollback()
    expect(await balanceOf(a)).toBe(9)
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    expect(await balanceOf(a)).toBe(9)
  })
})

describe('conflicts', () => {
  test('a plain write to a document the transaction read makes its commit fail', async () => {
    const [a] = await openAccounts(100)
    const tx = await local.db.startTransaction()
    const seen = (await tx.collection('accounts').doc(a).get()).data.balance
    await accounts.doc(a).update({ balance: _.inc(1) })
    await tx
      .collection('accounts')
      .doc(a)
      .update({ balance: seen + 10 })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await balanceOf(a)).toBe(101)
  })

  test('runTransaction retries after a conflicting plain write and then commits', async () => {
    const [a] = await openAccounts(100)
    let attempts = 0
    await local.db.runTransaction(async (tx: any) => {
      attempts += 1
      const seen = (await tx.collection('accounts').doc(a).get()).data.balance
      if (attempts === 1) await accounts.doc(a).update({ balance: _.inc(1) })
      await tx
        .collection('accounts')
        .doc(a)
        .update({ balance: seen + 10 })
    })
    expect(attempts).toBe(2)
    expect(await balanceOf(a)).toBe(111)
  })

  test('a document read but not written is checked too (no write skew)', async () => {
    const [a, b] = await openAccounts(1, 1)
    const tx = await local.db.startTransaction()
    await tx.collection('accounts').doc(a).get()
    await accounts.doc(a).update({ balance: 0 })
    await tx.collection('accounts').doc(b).update({ balance: 0 })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect([await balanceOf(a), await balanceOf(b)]).toEqual([0, 1])
  })

  test('a document read as missing and then created outside is a conflict', async () => {
    const tx = await local.db.startTransaction()
    expect((await tx.collection('accounts').doc('late-comer').get()).data).toBeNull()
    await accounts.add({ _id: 'late-comer', balance: 1 })
    await tx.collection('accounts').doc('late-comer').set({ balance: 2 })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await balanceOf('late-comer')).toBe(1)
  })
})

describe('concurrent read-modify-write on one counter', () => {
  const WORKERS = 20

  async function incrementInTransaction(counterId: string): Promise<void> {
    await local.db.runTransaction(async (tx: any) => {
      const doc = (await tx.collection('accounts').doc(counterId).get()).data
      await tx
        .collection('accounts')
        .doc(counterId)
        .update({ balance: doc.balance + 1 })
    })
  }

  test('with the SDK retries alone: no lost update, every failure is a conflict', async () => {
    const [counter] = await openAccounts(0)
    const outcomes = await Promise.allSettled(
      Array.from({ length: WORKERS }, () => incrementInTransaction(counter)),
    )
    const committed = outcomes.filter((o) => o.status === 'fulfilled').length
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
    // Measured here: all 20 rarely commit within the SDK's 4 attempts; the count varies per run.
    // What must hold is that exactly the committed increments are in the counter.
    expect(await balanceOf(counter)).toBe(committed)
    expect(committed).toBeGreaterThanOrEqual(1)
    for (const err of failures) expect(err).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    process.stdout.write(`runTransaction x${WORKERS} concurrent: ${committed} committed\n`)
  })

  test('with the caller retrying conflicts: exactly +20', async () => {
    const [counter] = await openAccounts(0)
    let rounds = 0
    const incrementUntilCommitted = async () => {
      for (;;) {
        rounds += 1
        try {
          return await incrementInTransaction(counter)
        } catch (err) {
          if ((err as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw err
          await new Promise((r) => setTimeout(r, Math.random() * 10))
        }
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, incrementUntilCommitted))
    expect(await balanceOf(counter)).toBe(WORKERS)
    process.stdout.write(`runTransaction x${WORKERS} with caller retries: ${rounds} calls\n`)
  })
})
