import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import {
  RegisterVolunteerInput,
  SKILLS,
  VOLUNTEER_CONSENT_TEXT,
  VOLUNTEER_CONSENT_VERSION,
  type MyVolunteer,
} from '../../../../types/volunteer'
import { ROUTES, withQuery } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { myVolunteer, registerVolunteer, withdrawVolunteer } from '../../../services/volunteer'
import { readParam } from '../../../utils/params'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

type Skill = (typeof SKILLS)[number]
const SKILL_CHOICES: Choice<Skill>[] = SKILLS.map((skill) => ({ value: skill, label: skill }))

const SECTIONS = [
  { name: 'purpose', title: '收集目的', text: VOLUNTEER_CONSENT_TEXT.purpose },
  { name: 'who-sees', title: '谁能看到', text: VOLUNTEER_CONSENT_TEXT.seenBy },
  { name: 'withdraw', title: '如何撤回', text: VOLUNTEER_CONSENT_TEXT.withdraw },
] as const

function splitAreas(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((a) => a.trim())
    .filter(Boolean)
}

/** Back where the volunteer came from (an activity's sign-up), or to 我的志愿. */
function goBack(redirect: string) {
  if (redirect) Taro.redirectTo({ url: redirect })
  else if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url: ROUTES.myVolunteering })
}

/** 志愿者登记: what the details are for, who sees them and how to withdraw; then the profile. */
export default function VolunteerConsentPage() {
  const { params } = useRouter()
  const redirect = readParam(params.redirect)
  const signedIn = useRequireSignIn(
    redirect ? withQuery(ROUTES.volunteerConsent, { redirect }) : ROUTES.volunteerConsent,
  )
  const mine = useRemoteData(myVolunteer, [], signedIn)

  if (!signedIn) return <PageShell className="volunteer-consent" />
  return (
    <PageShell className="volunteer-consent">
      <View className="card consent__text">
        <Text className="consent__title">志愿者信息使用说明</Text>
        {SECTIONS.map((section) => (
          <View key={section.name} className={`consent__section consent__section--${section.name}`}>
            <Text className="consent__section-title">{section.title}</Text>
            <Text className="consent__section-text">{section.text}</Text>
          </View>
        ))}
      </View>
      {mine.loading && !mine.data ? <LoadingState /> : null}
      {mine.error ? <ErrorState message={mine.error.message} onRetry={mine.reload} /> : null}
      {mine.data ? (
        <ProfileForm
          key={mine.data.profile ? 'profile' : 'new'}
          mine={mine.data}
          onSaved={() => goBack(redirect)}
          onWithdrawn={mine.reload}
        />
      ) : null}
    </PageShell>
  )
}

type FormProps = { mine: MyVolunteer; onSaved: () => void; onWithdrawn: () => void }

function ProfileForm({ mine, onSaved, onWithdrawn }: FormProps) {
  const start = mine.profile ?? { ...mine.prefill, areas: [] as string[] }
  const [realName, setRealName] = useState(start.realName)
  const [phone, setPhone] = useState(start.phone)
  const [phoneCode, setPhoneCode] = useState<string>()
  const [manualPhone, setManualPhone] = useState(!IS_WEAPP)
  const [skills, setSkills] = useState<Skill[]>(start.skills as Skill[])
  const [areas, setAreas] = useState(start.areas.join('、'))
  const [agreed, setAgreed] = useState(!!mine.profile)
  const save = useAction(registerVolunteer)
  const withdraw = useAction(withdrawVolunteer)
  const saveKey = useIdempotencyKey()
  const withdrawKey = useIdempotencyKey()
  const errors = save.fieldErrors

  const send = async () => {
    if (!agreed) {
      Taro.showToast({ title: '请先阅读并同意志愿者信息使用说明', icon: 'none' })
      return
    }
    // WeChat's phone code wins over a number on file, unless the volunteer typed one.
    const wechatPhone = IS_WEAPP && !manualPhone && !!phoneCode
    const input = save.check(RegisterVolunteerInput, {
      realName: realName.trim() || undefined,
      phone: wechatPhone ? undefined : phone.trim() || undefined,
      phoneCode: wechatPhone ? phoneCode : undefined,
      skills,
      areas: splitAreas(areas),
      consent: VOLUNTEER_CONSENT_VERSION,
    })
    if (!input) return
    if (await save.run(input, { idempotencyKey: saveKey.key })) {
      saveKey.renew()
      Taro.showToast({ title: mine.profile ? '资料已保存' : '已登记为志愿者', icon: 'success' })
      onSaved()
    }
  }

  const askWithdraw = async () => {
    const answer = await Taro.showModal({
      title: '撤回同意',
      content:
        '撤回后将删除您的手机号、技能和服务区域，并取消尚未开始的报名；已记录的服务时长保留。确定撤回吗？',
      confirmText: '撤回',
    })
    if (!answer.confirm) return
    const result = await withdraw.run({ idempotencyKey: withdrawKey.key })
    if (!result) return
    withdrawKey.renew()
    Taro.showToast({
      title: result.cancelledSignUps
        ? `已撤回，取消了 ${result.cancelledSignUps} 个报名`
        : '已撤回同意',
      icon: 'none',
    })
    onWithdrawn()
  }

  const onPhoneNumber = (e: { detail: { code?: string } }) => {
    if (e.detail.code) setPhoneCode(e.detail.code)
    else Taro.showToast({ title: '未获取到手机号，可点“手动填写”', icon: 'none' })
  }

  return (
    <View>
      <FormCard
        name="volunteer-form"
        className="section"
        title={mine.profile ? '我的志愿者资料' : '登记为志愿者'}
        hint={
          mine.prefill.fromMember && !mine.profile
            ? '已带出您党员登记的姓名和手机号，请核对。'
            : '请填写真实姓名和手机号，用于报名、签到和出具志愿服务证明。'
        }
        action={save}
        submitLabel={mine.profile ? '保存资料' : '同意并登记'}
        onSubmit={send}
      >
        <FormField name="realName" label="真实姓名" error={errors.realName} required>
          <Input
            className="volunteer-form__real-name"
            placeholder="请输入真实姓名"
            value={realName}
            maxLength={20}
            onChange={setRealName}
          />
        </FormField>
        <FormField name="phone" label="手机号" error={errors.phone ?? errors.phoneCode} required>
          {manualPhone ? (
            <Input
              className="volunteer-form__phone"
              type="tel"
              placeholder="请输入 11 位手机号"
              value={phone}
              maxLength={11}
              onChange={setPhone}
            />
          ) : (
            <View className="volunteer-form__phone-wechat">
              <Text className="volunteer-form__phone-value">
                {phoneCode ? '已获取微信绑定的手机号' : phone || '使用微信绑定的手机号'}
              </Text>
              <Button
                className="volunteer-form__phone-button"
                size="small"
                type="primary"
                fill="outline"
                openType="getPhoneNumber"
                onGetPhoneNumber={onPhoneNumber}
              >
                {phoneCode || phone ? '重新获取' : '获取手机号'}
              </Button>
              <Text className="volunteer-form__phone-manual" onClick={() => setManualPhone(true)}>
                手动填写
              </Text>
            </View>
          )}
        </FormField>
        <FormField name="skills" label="技能（可多选）" error={errors.skills}>
          <ChoiceChips
            name="volunteer-skills"
            multiple
            choices={SKILL_CHOICES}
            value={skills}
            onChange={setSkills}
          />
        </FormField>
        <FormField
          name="areas"
          label="服务区域（可选）"
          error={errors.areas ?? Object.entries(errors).find(([k]) => k.startsWith('areas.'))?.[1]}
          hint="多个区域用顿号或空格分开，如 美食街、步行街；不填表示不限"
        >
          <Input
            className="volunteer-form__areas"
            placeholder="如 美食街、步行街"
            value={areas}
            maxLength={120}
            onChange={setAreas}
          />
        </FormField>
        <FormField name="consent">
          <Checkbox
            className="volunteer-form__agree"
            checked={agreed}
            label="我已阅读并同意上述志愿者信息使用说明"
            onChange={setAgreed}
          />
        </FormField>
      </FormCard>

      {mine.profile ? (
        <View className="section volunteer-consent__withdraw">
          <Button
            className="volunteer-consent__withdraw-button"
            fill="outline"
            block
            loading={withdraw.pending}
            onClick={askWithdraw}
          >
            撤回同意
          </Button>
        </View>
      ) : null}
    </View>
  )
}
