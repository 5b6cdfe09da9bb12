// The member feature's rules that need no database: what a registration may contain, how it is
// compared with the roster, how members are counted by kind, and how personal data are protected.
import { JoinedOn, SaveDraftInput, SubmitRegistrationInput, memberKind } from '../../types/member'
import { maskName, maskPhone } from '../../types/masking'
import { shanghaiToday } from '../../types/shanghai-time'
import { compareWithRoster } from '../../server/domain/roster-match'
import {
  decryptPhone,
  encryptPhone,
  memberKeys,
  phoneHash,
  pseudonymOf,
  readMemberCard,
  signMemberCard,
} from '../../server/services/member-crypto'
import { MEMBER_FORM } from '../support/member-form'
import { OTHER_KEYS as otherKeys, TEST_KEYS as keys } from '../support/member-keys'

const FORM = { ...MEMBER_FORM, recordOrg: '财源街道党工委' }

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join('.'))

describe('registration input', () => {
  it('accepts a complete registration and defaults skills to none', () => {
    const parsed = SubmitRegistrationInput.parse(FORM)
    expect(parsed.skills).toEqual([])
  })

  it.each([
    [{ consent: false }, 'consent'],
    [{ phone: undefined }, 'phone'],
    [{ phone: '12812345678' }, 'phone'],
    [{ joinedOn: '2015-13-01' }, 'joinedOn'],
    [{ realName: 'Zhang3' }, 'realName'],
    [{ post: '' }, 'post'],
    [{ transferred: true, floating: true }, 'floating'],
  ])('refuses %j on %s', (change, field) => {
    expect(paths(SubmitRegistrationInput.safeParse({ ...FORM, ...change }))).toContain(field)
  })

  it('names the phone among the missing fields of an empty form', () => {
    const missing = paths(SubmitRegistrationInput.safeParse({ consent: true }))
    expect(missing).toEqual(expect.arrayContaining(['realName', 'phone', 'post']))
    // A phone typed wrong is told once, by its format.
    const wrong = paths(SubmitRegistrationInput.safeParse({ consent: true, phone: '123' }))
    expect(wrong.filter((p) => p === 'phone')).toHaveLength(1)
  })

  it('takes a weapp phone code instead of a typed phone', () => {
    const { phone: _typed, ...rest } = FORM
    expect(SubmitRegistrationInput.safeParse({ ...rest, phoneCode: 'abc' }).success).toBe(true)
  })

  it('lets a draft be incomplete but not wrong, and never without consent', () => {
    expect(SaveDraftInput.safeParse({ consent: true }).success).toBe(true)
    expect(paths(SaveDraftInput.safeParse({ realName: '张三明' }))).toEqual(['consent'])
    expect(paths(SaveDraftInput.safeParse({ consent: true, phone: '123' }))).toEqual(['phone'])
  })

  it('keeps joining dates between the founding of the Party and today (Asia/Shanghai)', () => {
    expect(JoinedOn.safeParse('1921-07-01').success).toBe(true)
    expect(JoinedOn.safeParse('1921-06-30').success).toBe(false)
    expect(JoinedOn.safeParse(shanghaiToday()).success).toBe(true)
    const tomorrow = shanghaiToday(new Date(Date.now() + 86_400_000))
    expect(JoinedOn.safeParse(tomorrow).success).toBe(false)
    // 16:30 UTC on 30 Nov is already 1 Dec in Shanghai.
    expect(shanghaiToday(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
  })
})

describe('counting and matching', () => {
  it('counts a member as transferred, floating or pocket', () => {
    expect(memberKind({ transferred: true, floating: false })).toBe('transferred')
    expect(memberKind({ transferred: false, floating: true })).toBe('floating')
    expect(memberKind({ transferred: false, floating: false })).toBe('pocket')
  })

  const entry = {
    realName: '张三明',
    joinedOn: '2015-07-01',
    recordOrg: '泰安市泰山区财源街道党工委',
  }
  it('matches a registration that agrees with the roster entry of its phone', () => {
    expect(compareWithRoster({ ...FORM }, entry)).toEqual({ rosterMatch: 'full', rosterDiffs: [] })
  })
  it('names the fields that differ', () => {
    expect(
      compareWithRoster(
        { ...FORM, realName: '张三民', joinedOn: '2016-07-01', recordOrg: '某公司' },
        entry,
      ),
    ).toEqual({ rosterMatch: 'partial', rosterDiffs: ['realName', 'joinedOn', 'recordOrg'] })
  })
  it('does not hold a blank roster date against anyone, and says when there is no entry', () => {
    expect(compareWithRoster(FORM, { ...entry, joinedOn: null }).rosterMatch).toBe('full')
    expect(compareWithRoster(FORM, null)).toEqual({ rosterMatch: 'none', rosterDiffs: [] })
  })
})

describe('protecting personal data', () => {
  it('encrypts phones so that the stored form reveals nothing and cannot be altered', () => {
    const stored = encryptPhone('13812345678', keys)
    expect(stored).not.toContain('13812345678')
    expect(encryptPhone('13812345678', keys)).not.toBe(stored)
    expect(decryptPhone(stored, keys)).toBe('13812345678')
    expect(() => decryptPhone(stored, otherKeys)).toThrow()
    const flipped = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA')
    expect(() => decryptPhone(flipped, keys)).toThrow()
  })

  it('hashes the same phone the same way, whatever its formatting, and only with the key', () => {
    expect(phoneHash('138 1234 5678', keys)).toBe(phoneHash('13812345678', keys))
    expect(phoneHash('13812345678', otherKeys)).not.toBe(phoneHash('13812345678', keys))
  })

  it('gives each user a stable pseudonym that does not contain their id', () => {
    expect(pseudonymOf('user-1', keys)).toBe(pseudonymOf('user-1', keys))
    expect(pseudonymOf('user-1', keys)).not.toContain('user-1')
    expect(pseudonymOf('user-2', keys)).not.toBe(pseudonymOf('user-1', keys))
  })

  it('signs member cards so that a changed serial or member is refused', () => {
    const code = signMemberCard('user-1', 3, keys)
    expect(readMemberCard(code, keys)).toEqual({ userId: 'user-1', serial: 3 })
    expect(readMemberCard(code.replace('.3.', '.4.'), keys)).toBeNull()
    expect(readMemberCard(code.replace('user-1', 'user-2'), keys)).toBeNull()
    expect(readMemberCard(code, otherKeys)).toBeNull()
    expect(readMemberCard('M1.user-1.3.short', keys)).toBeNull()
  })

  it('refuses to run without a proper key', () => {
    expect(() => memberKeys({})).toThrow('MEMBER_DATA_KEY')
    expect(() => memberKeys({ MEMBER_DATA_KEY: 'abc' })).toThrow('MEMBER_DATA_KEY')
  })

  it('masks names and phones for public replies', () => {
    expect(maskName('张三明')).toBe('张*明')
    expect(maskName('欧阳明辉')).toBe('欧**辉')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
