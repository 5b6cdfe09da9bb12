import { starLevel } from '../../types/volunteer'
import { distanceMetres, servedHours, workingDaysAfter } from '../../server/domain/volunteer-hours'
import {
  checkInCode,
  newCertificateSerial,
  readCheckInCode,
  serialChecks,
} from '../../server/services/volunteer-codes'
import { OTHER_KEYS as otherKeys, TEST_KEYS as keys } from '../support/member-keys'

// An activity 09:00–11:00 Asia/Shanghai.
const start = new Date('2026-12-05T01:00:00Z')
const end = new Date('2026-12-05T03:00:00Z')
const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+08:00`)

describe('the hours rule: time served inside the window, rounded down to the half hour', () => {
  test.each([
    ['on time, out at the end', at('09:00'), at('11:00'), null, 2, false],
    ['early arrival counts from the start', at('08:35'), at('11:00'), null, 2, false],
    ['late by 20 minutes', at('09:20'), at('11:00'), null, 1.5, false],
    ['left 40 minutes early', at('09:00'), at('10:20'), null, 1, false],
    ['stayed an hour after the end', at('09:00'), at('12:00'), null, 2, false],
    ['never checked out: up to the scheduled end, flagged', at('09:10'), null, null, 1.5, true],
    ['checked out before the start', at('08:40'), at('08:55'), null, 0, false],
    ['never checked in', null, null, null, 0, false],
    ['marked absent by the leader', at('09:00'), at('11:00'), 'absent', 0, false],
    ['on leave', null, null, 'leave', 0, false],
  ] as const)('%s', (_name, checkInAt, checkOutAt, attendance, hours, missing) => {
    expect(
      servedHours({
        startAt: start,
        endAt: end,
        creditHours: null,
        attendance,
        checkInAt,
        checkOutAt,
      }),
    ).toEqual({ hours, missingCheckOut: missing })
  })

  test.each([
    ['served longer than the credit: the credit', 1.5, at('09:00'), at('11:00'), 1.5],
    ['served shorter than the credit: the time served', 4, at('09:30'), at('11:00'), 1.5],
    ['a minute of attendance: nothing', 2, at('10:59'), at('11:00'), 0],
    ['checked in, no check-out: up to the end, capped', 1, at('10:00'), null, 1],
    ['never checked in', 4, null, null, 0],
  ] as const)(
    'a fixed credit caps the time served: %s',
    (_n, creditHours, checkInAt, checkOutAt, hours) => {
      expect(
        servedHours({
          startAt: start,
          endAt: end,
          attendance: null,
          creditHours,
          checkInAt,
          checkOutAt,
        }).hours,
      ).toBe(hours)
    },
  )
})

describe('check-in codes', () => {
  const now = new Date('2026-12-05T01:00:10Z')

  test('the current window’s code of this activity is accepted', () => {
    expect(readCheckInCode(checkInCode('act-1', now, keys), now, keys)).toEqual({
      ok: true,
      activityId: 'act-1',
    })
  })

  test('the previous window’s code has expired', () => {
    const earlier = new Date(now.getTime() - 30_000)
    expect(readCheckInCode(checkInCode('act-1', earlier, keys), now, keys)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  test('a code with another activity’s name, or made with another key, is forged', () => {
    const code = checkInCode('act-1', now, keys)
    expect(readCheckInCode(code.replace('act-1', 'act-2'), now, keys).ok).toBe(false)
    expect(readCheckInCode(checkInCode('act-1', now, otherKeys), now, keys)).toEqual({
      ok: false,
      reason: 'forged',
    })
    expect(readCheckInCode('A1.act-1.1.AAAAAAAAAAAAAAAA', now, keys).ok).toBe(false)
  })
})

describe('certificate serials', () => {
  test('an issued serial checks; an edited one does not', () => {
    const serial = newCertificateSerial('2026', keys)
    expect(serial).toMatch(/^VC2026[A-Z2-9]{10}/)
    expect(serialChecks(serial, keys)).toBe(true)
    const edited = serial.slice(0, 8) + (serial[8] === 'A' ? 'B' : 'A') + serial.slice(9)
    expect(serialChecks(edited, keys)).toBe(false)
    expect(serialChecks(serial, otherKeys)).toBe(false)
  })
})

test('star levels by total hours', () => {
  expect([0, 99.5, 100, 299, 300, 600, 1000, 1499.5, 1500, 9000].map(starLevel)).toEqual([
    0, 0, 1, 1, 2, 3, 4, 4, 5, 5,
  ])
})

test('distances at the scale of a check-in radius', () => {
  const p = { latitude: 30.2741, longitude: 120.1551 }
  expect(distanceMetres(p, p)).toBe(0)
  // 0.001° of latitude is about 111 m.
  expect(distanceMetres(p, { ...p, latitude: p.latitude + 0.001 })).toBeCloseTo(111, -1)
})

test('10 working days skip weekends (Asia/Shanghai)', () => {
  // Friday 2026-12-04 evening → the 10th working day after is Friday 2026-12-18, end of day.
  const due = workingDaysAfter(new Date('2026-12-04T12:00:00Z'), 10)
  expect(due.toISOString()).toBe('2026-12-18T15:59:59.999Z')
})
