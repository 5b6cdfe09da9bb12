// 志愿者: anyone signed in becomes a volunteer by consenting and giving a real name and phone; a
// verified Party member's details are prefilled. The phone is seen only by the committee, and by
// the organising branch's secretary and the leaders of activities the volunteer joined (masked in
// lists, in full only to call, audited); it is encrypted at rest like members' phones.
import { z } from 'zod'
import { Id, IsoDate, Phone, text } from './common'
import { RealName, SKILLS, Skill } from './member'
import { ServiceAreas } from './resource'

export const VOLUNTEER_CONSENT_VERSION = '2026-12'
export const VOLUNTEER_CONSENT_TEXT = {
  purpose:
    '您的姓名和手机号用于志愿活动报名、现场签到、记录志愿服务时长和出具志愿服务证明，不作其他用途。',
  seenBy:
    '商圈党委、组织活动的支部书记和活动负责人可以看到您的姓名和手机号：名单里的手机号是打码的（如 138****5678），只有他们给您打电话时才取用完整号码，每次取用都会记录；其他人只会看到打码后的姓名（如 王*）。',
  withdraw:
    '您可以随时在“我的志愿”中撤回同意：我们会删除您的手机号、技能和服务区域，取消尚未开始的报名；已记录的服务时长按《志愿服务记录与证明出具办法》保留。',
} as const

export { SKILLS }

export const VolunteerConsent = z.literal(VOLUNTEER_CONSENT_VERSION, {
  error: '请先阅读并同意志愿者信息使用说明',
})

/** `phone` is typed (h5), `phoneCode` comes from getPhoneNumber (weapp), as for members. */
export const VolunteerFields = z.object({
  realName: RealName,
  phone: Phone.optional(),
  phoneCode: z.string().trim().min(1).max(128).optional(),
  skills: z.array(Skill, { error: '请选择技能' }).max(10, '最多选 10 项技能').default([]),
  /** Where in the district the volunteer is willing to serve (e.g. 美食街); empty: anywhere. */
  areas: ServiceAreas,
})
export type VolunteerFields = z.input<typeof VolunteerFields>

/** Becomes a volunteer, or updates the profile; the consent is given with every save. */
export const RegisterVolunteerInput = VolunteerFields.extend({ consent: VolunteerConsent }).refine(
  (r) => r.phone || r.phoneCode,
  { path: ['phone'], message: '请填写手机号' },
)
export type RegisterVolunteerInput = z.input<typeof RegisterVolunteerInput>

/** 1 star from 100 hours … 5 stars from 1,500 hours (星级志愿者 thresholds). */
export const STAR_HOURS = [100, 300, 600, 1000, 1500] as const
export function starLevel(totalHours: number): number {
  return STAR_HOURS.filter((h) => totalHours >= h).length
}

/** The volunteer's own profile: full details, since it is theirs. */
export const VolunteerProfile = z.object({
  realName: z.string(),
  phone: z.string(),
  skills: z.array(Skill),
  areas: z.array(z.string()),
  consentAt: IsoDate,
  totalHours: z.number(),
  yearHours: z.number(),
  stars: z.number().int(),
  /** Sign-ups are paused until then after repeated absences; null when not paused. */
  pausedUntil: IsoDate.nullable(),
  pauseReason: z.string().nullable(),
})
export type VolunteerProfile = z.infer<typeof VolunteerProfile>

export const MyVolunteer = z.object({
  profile: VolunteerProfile.nullable(),
  /** What the form starts with when there is no profile yet: a verified member's details. */
  prefill: z.object({
    realName: z.string(),
    phone: z.string(),
    skills: z.array(Skill),
    fromMember: z.boolean(),
  }),
})
export type MyVolunteer = z.infer<typeof MyVolunteer>

export const WithdrawVolunteerInput = z.object({
  confirm: z.literal(true, { error: '请确认撤回同意' }),
})
export const WithdrawVolunteerResult = z.object({ cancelledSignUps: z.number().int() })

/** The committee or a secretary picks activity leaders from the volunteers by name. */
export const VolunteerSearchInput = z.object({
  keyword: text('请输入姓名', [1], [20, '姓名最多 20 字']),
})
export const VolunteerPick = z.object({ userId: Id, name: z.string(), phone: z.string() })
export const VolunteerSearchResult = z.object({ list: z.array(VolunteerPick) })
