// The shared rules for what people type and for months: what a person is told, on which field.
import type { z } from 'zod'
import { BROKEN_MESSAGE, CONTROL_MESSAGE, Month } from '../../types/common'
import { AuditListInput } from '../../types/audit'
import { FileComplaintInput } from '../../types/complaint'
import { PeriodInput } from '../../types/dashboard'
import { VolunteerFiguresInput } from '../../types/activity'
import { RateShopInput } from '../../types/rating'
import { ShopListInput } from '../../types/shop'
import { MemberQueueInput } from '../../types/member'
import { UpdateProfileInput } from '../../types/user'
import { SubmitWishInput, WishFiguresInput } from '../../types/wish'

/** The first issue of a refused input, as the form shows it: the field's path and the message. */
function refusal(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input)
  if (result.success) throw new Error(`accepted: ${JSON.stringify(result.data)}`)
  const [issue] = result.error.issues
  return { path: issue.path.join('.'), message: issue.message }
}

const ZWSP = '\u200b'
const complaint = { shopId: 'shop1', category: 'service', description: '店员态度恶劣多收了钱' }

describe('free text', () => {
  it('counts length without zero-width and bidi marks, and stores the text without them', () => {
    expect(refusal(FileComplaintInput, { ...complaint, description: ZWSP.repeat(10) })).toEqual({
      path: 'description',
      message: '请至少用 10 个字描述问题',
    })
    const marked = FileComplaintInput.parse({
      ...complaint,
      description: `\ufeff店员\u202e态度\u2066恶劣\u200d多收了钱${ZWSP}`,
    })
    expect(marked.description).toBe('店员态度恶劣多收了钱')
  })

  it('refuses control characters on their field, but keeps newlines and tabs where lines are allowed', () => {
    expect(refusal(RateShopInput, { shopId: 'shop1', stars: 1, text: '\u0000\u0001差评' })).toEqual(
      {
        path: 'text',
        message: CONTROL_MESSAGE,
      },
    )
    const rated = RateShopInput.parse({
      shopId: 'shop1',
      stars: 1,
      text: '\u202e第一行\r\n\t第二行',
    })
    expect(rated.text).toBe('第一行\n\t第二行')
    expect(refusal(UpdateProfileInput, { nickname: '小\n明' })).toEqual({
      path: 'nickname',
      message: CONTROL_MESSAGE,
    })
  })

  it('refuses a blank nickname made of invisible characters', () => {
    expect(refusal(UpdateProfileInput, { nickname: ZWSP })).toEqual({
      path: 'nickname',
      message: '请填写昵称',
    })
    expect(refusal(UpdateProfileInput, { nickname: '\u3164' }).path).toBe('nickname')
  })

  it('refuses half an emoji (a lone surrogate) but keeps whole ones', () => {
    expect(refusal(UpdateProfileInput, { nickname: '小明\ud800' })).toEqual({
      path: 'nickname',
      message: BROKEN_MESSAGE,
    })
    expect(UpdateProfileInput.parse({ nickname: '小明😀' }).nickname).toBe('小明😀')
  })

  it('names the nested field: a wish place of zero-width spaces is missing', () => {
    const wish = {
      title: '想要一台轮椅',
      description: '家里老人行动不便，想借一台轮椅',
      category: 'living',
      place: { kind: 'area', area: ZWSP.repeat(4) },
      contact: '13812345678',
    }
    expect(refusal(SubmitWishInput, wish)).toEqual({ path: 'place.area', message: '请填写地点' })
    expect(refusal(SubmitWishInput, { ...wish, title: ZWSP.repeat(8) }).path).toBe('title')
  })

  it('refuses a control character in a search word and drops invisible marks from it', () => {
    expect(refusal(ShopListInput, { keyword: 'a\u0000b' })).toEqual({
      path: 'keyword',
      message: CONTROL_MESSAGE,
    })
    expect(refusal(MemberQueueInput, { q: 'a\u0007b' }).path).toBe('q')
    expect(ShopListInput.parse({ keyword: `面${ZWSP}馆` }).keyword).toBe('面馆')
  })
})

describe('months', () => {
  it('takes the months of the calendar within a sane range', () => {
    expect(Month.parse('2026-12')).toBe('2026-12')
    for (const month of ['2026-13', '2026-00', '2026-99', '2026-1', '202612'])
      expect(refusal(Month, month).message).toBe('月份格式应为 YYYY-MM')
    expect(refusal(Month, '9999-12').message).toBe('月份须在 2000 年至 2099 年之间')
  })

  it('names the field in every place a month is asked for', () => {
    expect(refusal(WishFiguresInput, { month: '2026-13' }).path).toBe('month')
    expect(refusal(VolunteerFiguresInput, { from: '2026-00', to: '2026-12' }).path).toBe('from')
    expect(refusal(VolunteerFiguresInput, { from: '2026-01', to: '2026-13' }).path).toBe('to')
    expect(refusal(AuditListInput, { to: '9999-12' })).toEqual({
      path: 'to',
      message: '月份须在 2000 年至 2099 年之间',
    })
    expect(refusal(PeriodInput, { from: '9999-11', to: '9999-12' })).toEqual({
      path: 'from',
      message: '月份须在 2000 年至 2099 年之间',
    })
  })
})
