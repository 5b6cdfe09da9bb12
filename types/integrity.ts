// 诚信积分: the documented, deterministic rule that turns a shop's record into a 0–100 score,
// 1–5 stars and a green/yellow/red level. Shared by the functions (which recompute it when an
// event changes the record) and the pages (which explain it).
//
// The rule, in order:
//   1. Start from 80.
//   2. Signed commitments (亮承诺): +2 each, at most +6.
//   3. Honours (党员示范店, 星级党员商户, 党员先锋岗): +5 each, at most +10.
//   4. Ratings, once there are at least 5 counted ratings: +5 × (average − 3), so −10 … +10.
//   5. Upheld complaints: − severity weight (minor 5, moderate 10, serious 20) × recency factor
//      (within 90 days 1, within 180 days 0.5, within 365 days 0.25, older 0). A complaint whose
//      rectification the committee has verified counts half.
//   6. Accepted complaints still unresolved past their deadline: −5 each, at most −15.
//   7. Clamp to 0 … 100 and round to a whole number.
//   Level: red while any serious upheld complaint of the last 365 days is not verified as
//   rectified (and then the score is capped at 59), or when the score is below 60; yellow below
//   80 or while any complaint is overdue; green otherwise.
//   Stars: 90+ → 5, 80+ → 4, 70+ → 3, 60+ → 2, else 1.
import { z } from 'zod'
import { BASE_SCORE, INTEGRITY_LEVEL_LABELS } from './plain/integrity'
import { enumOf } from './common'

export { INTEGRITY_LEVEL_LABELS }
export const IntegrityLevel = enumOf(INTEGRITY_LEVEL_LABELS)
export type IntegrityLevel = z.infer<typeof IntegrityLevel>

export const SEVERITY_LABELS = {
  minor: '轻微',
  moderate: '一般',
  serious: '严重',
} as const
export const Severity = enumOf(SEVERITY_LABELS, '请选择投诉的严重程度')
export type Severity = z.infer<typeof Severity>

export type UpheldComplaint = { severity: Severity; upheldAt: Date; rectificationVerified: boolean }

export type IntegrityRecord = {
  commitments: number
  honours: number
  ratings: { count: number; average: number }
  upheld: UpheldComplaint[]
  overdue: number
}

export const Integrity = z.object({
  score: z.number().int().min(0).max(100),
  stars: z.number().int().min(1).max(5),
  level: IntegrityLevel,
  /** Why the score is what it is, one line per rule that applied, in Chinese. */
  reasons: z.array(z.string()),
})
export type Integrity = z.infer<typeof Integrity>

export { BASE_SCORE }
export const MIN_RATINGS = 5
const SEVERITY_WEIGHT: Record<Severity, number> = { minor: 5, moderate: 10, serious: 20 }
const DAY_MS = 24 * 3600 * 1000

/** How much an upheld complaint still weighs, by age. */
export function recencyFactor(upheldAt: Date, now: Date): number {
  const days = (now.getTime() - upheldAt.getTime()) / DAY_MS
  if (days <= 90) return 1
  if (days <= 180) return 0.5
  if (days <= 365) return 0.25
  return 0
}

export function starsFor(score: number): number {
  if (score >= 90) return 5
  if (score >= 80) return 4
  if (score >= 70) return 3
  if (score >= 60) return 2
  return 1
}

/** The record of a shop nothing has happened to yet: a new shop's. */
export const EMPTY_RECORD: IntegrityRecord = {
  commitments: 0,
  honours: 0,
  ratings: { count: 0, average: 0 },
  upheld: [],
  overdue: 0,
}

export function computeIntegrity(record: IntegrityRecord, now: Date): Integrity {
  const reasons: string[] = []
  let score = BASE_SCORE

  const commitments = Math.min(6, record.commitments * 2)
  if (commitments) reasons.push(`亮承诺 ${record.commitments} 项 +${commitments}`)
  score += commitments

  const honours = Math.min(10, record.honours * 5)
  if (honours) reasons.push(`获得荣誉 ${record.honours} 项 +${honours}`)
  score += honours

  if (record.ratings.count >= MIN_RATINGS) {
    const delta = round1(5 * (record.ratings.average - 3))
    reasons.push(
      `顾客评价 ${record.ratings.average.toFixed(1)} 分（${record.ratings.count} 条）${signed(delta)}`,
    )
    score += delta
  }

  let unrectifiedSerious = false
  for (const c of record.upheld) {
    const factor = recencyFactor(c.upheldAt, now)
    if (!factor) continue
    if (c.severity === 'serious' && !c.rectificationVerified) unrectifiedSerious = true
    const penalty = round1(
      SEVERITY_WEIGHT[c.severity] * factor * (c.rectificationVerified ? 0.5 : 1),
    )
    reasons.push(
      `${SEVERITY_LABELS[c.severity]}投诉属实${c.rectificationVerified ? '（已整改）' : ''} −${penalty}`,
    )
    score -= penalty
  }

  const overdue = Math.min(15, record.overdue * 5)
  if (overdue) reasons.push(`投诉逾期未办结 ${record.overdue} 件 −${overdue}`)
  score -= overdue

  score = Math.round(Math.min(100, Math.max(0, score)))
  if (unrectifiedSerious && score > 59) {
    score = 59
    reasons.push('严重投诉未经核实整改，诚信预警')
  }
  const level: IntegrityLevel =
    unrectifiedSerious || score < 60 ? 'red' : score < 80 || record.overdue > 0 ? 'yellow' : 'green'
  return { score, stars: starsFor(score), level, reasons }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `−${Math.abs(n)}`
}
