import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Checkbox } from '@nutui/nutui-react-taro'
import {
  RegisterVolunteerInput,
  SKILLS,
  VOLUNTEER_CONSENT_TEXT,
  VOLUNTEER_CONSENT_VERSION,
  type MyVolunteer,
} from '../../../../types/volunteer'
import { ROUTES, withQuery } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { ConsentText } from '../../../components/ConsentText'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { PhoneField, phoneInput, usePhone } from '../../../components/PhoneField'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useSignInOrHandover } from '../../../hooks/use-sign-in-or-handover'
import { NotSignedInPage } from '../../../components/WeChatHandover'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { ConfirmButton } from '../../../components/ConfirmButton'
import './index.scss'

type Skill = (typeof SKILLS)[number]

const WORDING = {
  purpose: VOLUNTEER_CONSENT_TEXT.purpose,
  whoSees: VOLUNTEER_CONSENT_TEXT.seenBy,
  withdraw: VOLUNTEER_CONSENT_TEXT.withdraw,
}

const NAME_FIELDS: FieldSpec[] = [
  {
    name: 'realName',
    label: '真实姓名',
    required: true,
    className: 'volunteer-form__real-name',
    placeholder: '请输入真实姓名',
    max: 20,
  },
]

const SKILLS_CHOICE: ChoiceSpec<Skill> = {
  name: 'skills',
  label: '技能（可多选）',
  chips: 'volunteer-skills',
  choices: SKILLS.map((skill) => ({ value: skill, label: skill })),
}

const AREA_FIELDS: FieldSpec[] = [
  {
    name: 'areas',
    label: '服务区域（可选）',
    hint: '多个区域用顿号或空格分开，如 美食街、步行街；不填表示不限',
    className: 'volunteer-form__areas',
    placeholder: '如 美食街、步行街',
    max: 120,
  },
]

function splitAreas(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((a) => a.trim())
    .filter(Boolean)
}

const ASK_WITHDRAW = {
  title: '撤回同意',
  content:
    '撤回后将删除您的手机号、技能和服务区域，并取消尚未开始的报名；已记录的服务时长保留。确定撤回吗？',
  confirmText: '撤回',
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
  const visitor = useSignInOrHandover(
    redirect ? withQuery(ROUTES.volunteerConsent, { redirect }) : ROUTES.volunteerConsent,
  )
  const signedIn = visitor === 'signed-in'
  const mine = useRemoteData(api.volunteer.mine, [], signedIn)

  if (!signedIn)
    return (
      <NotSignedInPage
        className="volunteer-consent"
        visitor={visitor}
        action="志愿者登记"
        page={ROUTES.volunteerConsent}
      />
    )
  return (
    <PageShell className="volunteer-consent">
      <ConsentText title="志愿者信息使用说明" wording={WORDING} />
      <LoadStates loaded={mine} />
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
  const form = useFieldValues({ realName: start.realName, areas: start.areas.join('、') })
  const phone = usePhone(start.phone)
  const [skills, setSkills] = useState<Skill[]>(start.skills as Skill[])
  const [agreed, setAgreed] = useState(!!mine.profile)
  const save = useAction(api.volunteer.register)
  const saveKey = useIdempotencyKey()

  const send = async () => {
    if (!agreed) {
      Taro.showToast({ title: '请先阅读并同意志愿者信息使用说明', icon: 'none' })
      return
    }
    const input = save.check(RegisterVolunteerInput, {
      realName: form.values.realName.trim() || undefined,
      ...phoneInput(phone),
      skills,
      areas: splitAreas(form.values.areas),
      consent: VOLUNTEER_CONSENT_VERSION,
    })
    if (!input) return
    if (await save.run(input, { idempotencyKey: saveKey.key })) {
      saveKey.renew()
      Taro.showToast({ title: mine.profile ? '资料已保存' : '已登记为志愿者', icon: 'success' })
      onSaved()
    }
  }

  const withdrawn = (result: { cancelledSignUps: number }) => {
    Taro.showToast({
      title: result.cancelledSignUps
        ? `已撤回，取消了 ${result.cancelledSignUps} 个报名`
        : '已撤回同意',
      icon: 'none',
    })
    onWithdrawn()
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
        <FormFields fields={NAME_FIELDS} form={form} />
        <PhoneField block="volunteer-form" phone={phone} />
        <ChoiceField spec={SKILLS_CHOICE} multiple value={skills} onChange={setSkills} />
        <FormFields fields={AREA_FIELDS} form={form} />
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
          <ConfirmButton
            className="volunteer-consent__withdraw-button"
            fill="outline"
            ask={ASK_WITHDRAW}
            send={(options) => api.volunteer.withdraw({ confirm: true }, options)}
            onDone={withdrawn}
          >
            撤回同意
          </ConfirmButton>
        </View>
      ) : null}
    </View>
  )
}
