import { computeIntegrity, recencyFactor, type IntegrityRecord } from '../../types/integrity'

const NOW = new Date('2026-11-24T00:00:00Z')
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 3600 * 1000)
const CLEAN: IntegrityRecord = {
  commitments: 0,
  honours: 0,
  ratings: { count: 0, average: 0 },
  upheld: [],
  overdue: 0,
}

describe('computeIntegrity', () => {
  it.each<[string, Partial<IntegrityRecord>, number, number, string]>([
    ['a new shop with no record', {}, 80, 4, 'green'],
    ['three commitments', { commitments: 3 }, 86, 4, 'green'],
    ['commitments capped at +6', { commitments: 10 }, 86, 4, 'green'],
    ['two honours and three commitments', { commitments: 3, honours: 2 }, 96, 5, 'green'],
    ['too few ratings do not count', { ratings: { count: 4, average: 1 } }, 80, 4, 'green'],
    ['five excellent ratings', { ratings: { count: 5, average: 5 } }, 90, 5, 'green'],
    ['poor ratings', { ratings: { count: 20, average: 2 } }, 75, 3, 'yellow'],
    [
      'a recent minor upheld complaint',
      { upheld: [{ severity: 'minor', upheldAt: daysAgo(10), rectificationVerified: false }] },
      75,
      3,
      'yellow',
    ],
    [
      'a moderate complaint 120 days ago counts half',
      { upheld: [{ severity: 'moderate', upheldAt: daysAgo(120), rectificationVerified: false }] },
      75,
      3,
      'yellow',
    ],
    [
      'a complaint older than a year no longer counts',
      { upheld: [{ severity: 'serious', upheldAt: daysAgo(400), rectificationVerified: false }] },
      80,
      4,
      'green',
    ],
    [
      'a recent serious complaint turns the shop red',
      {
        honours: 2,
        upheld: [{ severity: 'serious', upheldAt: daysAgo(5), rectificationVerified: false }],
      },
      59,
      1,
      'red',
    ],
    [
      'verified rectification lifts the red level and halves the penalty',
      {
        honours: 2,
        upheld: [{ severity: 'serious', upheldAt: daysAgo(5), rectificationVerified: true }],
      },
      80,
      4,
      'green',
    ],
    [
      'an overdue complaint is yellow even with a good score',
      { honours: 2, overdue: 1 },
      85,
      4,
      'yellow',
    ],
    ['overdue penalty capped at −15', { overdue: 5 }, 65, 2, 'yellow'],
    [
      'the score never drops below 0',
      {
        upheld: Array.from({ length: 6 }, () => ({
          severity: 'serious' as const,
          upheldAt: daysAgo(1),
          rectificationVerified: true,
        })),
        overdue: 3,
        ratings: { count: 9, average: 1 },
      },
      0,
      1,
      'red',
    ],
  ])('%s', (_label, record, score, stars, level) => {
    const result = computeIntegrity({ ...CLEAN, ...record }, NOW)
    expect({ score: result.score, stars: result.stars, level: result.level }).toEqual({
      score,
      stars,
      level,
    })
  })

  it('explains each rule that applied', () => {
    const result = computeIntegrity(
      {
        commitments: 2,
        honours: 1,
        ratings: { count: 6, average: 4.5 },
        upheld: [{ severity: 'minor', upheldAt: daysAgo(3), rectificationVerified: false }],
        overdue: 0,
      },
      NOW,
    )
    expect(result.reasons).toEqual([
      '亮承诺 2 项 +4',
      '获得荣誉 1 项 +5',
      '顾客评价 4.5 分（6 条）+7.5',
      '轻微投诉属实 −5',
    ])
    expect(result.score).toBe(92)
  })

  it('is deterministic', () => {
    const record: IntegrityRecord = { ...CLEAN, ratings: { count: 7, average: 3.7 }, overdue: 1 }
    expect(computeIntegrity(record, NOW)).toEqual(computeIntegrity(record, NOW))
  })
})

it.each([
  [0, 1],
  [90, 1],
  [91, 0.5],
  [180, 0.5],
  [181, 0.25],
  [365, 0.25],
  [366, 0],
])('a complaint upheld %i days ago weighs %f', (days, factor) => {
  expect(recencyFactor(daysAgo(days), NOW)).toBe(factor)
})
