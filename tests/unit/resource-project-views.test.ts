// The pure parts of 资源清单 and 项目清单: real calendar days, this month's use, a project's dates,
// and a wish in a project showing nothing that identifies its wisher.
import { isCalendarDay } from '../../types/shanghai-time'
import { resourceView } from '../../server/domain/resource-view'
import { wishSummary } from '../../server/domain/wish-view'
import type { ResourceDoc } from '../../server/repositories/resources'
import type { WishDoc } from '../../server/repositories/wishes'
import { CreateProjectInput } from '../../types/project'
import { Day, WishSummary } from '../../types/wish'

it('tells real calendar days from well-formed impossible ones', () => {
  expect(['2026-12-03', '2028-02-29', '2026-01-31'].map(isCalendarDay)).toEqual([true, true, true])
  expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10'].map(isCalendarDay)).toEqual([
    false,
    false,
    false,
    false,
  ])
  // The schemas refuse them: one check for every form and function.
  expect(Day.safeParse('2026-13-01').error?.issues).toEqual([
    expect.objectContaining({ message: '日期不存在' }),
  ])
})

const resource: ResourceDoc = {
  _id: 'r1',
  owner: { kind: 'member', userId: 'u1', name: '欧阳小明' },
  ownerKey: 'user:u1',
  title: '免费理发',
  category: 'living',
  description: '每月为老人免费理发一次。',
  areas: [],
  capacityPerMonth: 5,
  conditions: '',
  validUntil: '2026-12-31',
  status: 'approved',
  reviewNote: null,
  usedMonth: '2026-11',
  used: 3,
  served: 7,
  createdAt: new Date('2026-11-02T00:00:00Z'),
  updatedAt: new Date('2026-11-02T00:00:00Z'),
}

it("counts a resource's use in the current Shanghai month only, and masks a member owner", () => {
  // 2026-11-30 20:00 UTC is already December in Shanghai.
  expect(resourceView(resource, new Date('2026-11-30T15:00:00Z')).usedThisMonth).toBe(3)
  expect(resourceView(resource, new Date('2026-11-30T16:30:00Z')).usedThisMonth).toBe(0)
  const view = resourceView(resource, new Date('2026-11-10T00:00:00Z'))
  expect(view.owner).toEqual({ kind: 'member', name: '欧**明' })
  expect(view).not.toHaveProperty('ownerKey')
  expect(view.served).toBe(7)
})

it('names a project’s end before its start, and only then', () => {
  const base = { name: '重阳敬老', goal: '为老人理发送餐。' }
  const early = CreateProjectInput.safeParse({
    ...base,
    startsOn: '2026-10-10',
    endsOn: '2026-10-01',
  })
  expect(early.error?.issues.map((i) => i.path.join('.'))).toEqual(['endsOn'])
  const junk = CreateProjectInput.safeParse({ ...base, startsOn: 'soon', endsOn: '2026-10-01' })
  expect(junk.error?.issues.map((i) => i.path.join('.'))).toEqual(['startsOn'])
  expect(
    CreateProjectInput.safeParse({ ...base, startsOn: '2026-10-01', endsOn: '2026-10-01' }).success,
  ).toBe(true)
})

it('shows a wish in a project as the pool does: the wisher masked, nothing more of them', () => {
  const wish = {
    _id: 'w1',
    wisherId: 'secret-user-id',
    wisherName: '王大爷',
    onBehalf: { name: '王大爷', source: '社区走访' },
    title: '想要一台收音机',
    description: '家里的收音机坏了。',
    category: 'material',
    photos: ['cloud://a.jpg', 'cloud://b.jpg'],
    wantedBy: '2026-12-20',
    place: { kind: 'shop', shopId: 's1', shopName: '老街口牛肉面' },
    contactCipher: 'cipher',
    status: 'confirmed',
    holder: { kind: 'branch', userId: 'u9', name: '美食街党支部', orgId: 'o1' },
    confirmation: { rating: 5, thanks: '谢谢', at: new Date(), auto: false },
    overdue: false,
    createdAt: new Date('2026-11-01T00:00:00Z'),
  } as unknown as WishDoc
  const summary = wishSummary(wish)
  expect(WishSummary.parse(summary)).toEqual(summary)
  expect(summary).toMatchObject({
    wisher: '王*爷',
    place: '老街口牛肉面',
    photo: 'cloud://a.jpg',
    holder: { kind: 'branch', name: '美食街党支部' },
    thanks: '谢谢',
  })
  const text = JSON.stringify(summary)
  for (const secret of ['secret-user-id', '王大爷', '社区走访', 'cipher', 'u9'])
    expect(text).not.toContain(secret)
})
