import { useEffect, useState, type ReactNode } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  EDITABLE_STATUSES,
  FIRST_JOINING_DATE,
  JoinedOn,
  MEMBER_STATUS_LABELS,
  SKILLS,
  STANDING_LABELS,
  SaveDraftInput,
  SubmitRegistrationInput,
  type MemberStatus,
  type Standing,
  type MyRegistration,
} from '../../../../types/member'
import { shanghaiToday } from '../../../../types/shanghai-time'
import { PageShell } from '../../../components/PageShell'
import { FieldError } from '../../../components/FieldError'
import { type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useSignInOrHandover } from '../../../hooks/use-sign-in-or-handover'
import { NotSignedInPage } from '../../../components/WeChatHandover'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { getMyRegistration } from '../../../services/member'
import { api } from '../../../services/call-function'
import { ROUTES } from '../../../constants/routes'
import { formatShanghai } from '../../../../types/shanghai-time'
import { readParam } from '../../../utils/params'
import { ShopPicker, type PickedShop } from '../../components/ShopPicker'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { ChoiceField } from '../../../components/ChoiceField'
import { LinkButton } from '../../../components/LinkButton'
import { PhoneField, phoneInput, usePhone } from '../../../components/PhoneField'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const REGISTER_AFTER_CONSENT = `${ROUTES.memberRegister}?consent=1`

type Gender = '男' | '女'
type Skill = (typeof SKILLS)[number]
type YesNo = 'yes' | 'no'

const GENDER_OPTIONS: Choice<Gender>[] = [
  { value: '男', label: '男' },
  { value: '女', label: '女' },
]
const STANDING_OPTIONS = (Object.entries(STANDING_LABELS) as [Standing, string][]).map(
  ([value, label]) => ({ value, label }),
)
const TRANSFERRED_OPTIONS: Choice<YesNo>[] = [
  { value: 'yes', label: '已转入本商圈' },
  { value: 'no', label: '未转入' },
]
const FLOATING_OPTIONS: Choice<YesNo>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]
const SKILL_OPTIONS: Choice<Skill>[] = SKILLS.map((skill) => ({ value: skill, label: skill }))

const NAME_FIELDS: FieldSpec[] = [
  {
    name: 'realName',
    label: '姓名',
    required: true,
    className: 'register-form__real-name',
    inputName: 'realName',
    max: 20,
    placeholder: '请输入真实姓名',
  },
]

const RECORD_ORG_FIELDS: FieldSpec[] = [
  {
    name: 'recordOrg',
    label: '组织关系所在单位',
    required: true,
    className: 'register-form__record-org',
    inputName: 'recordOrg',
    max: 60,
    placeholder: '如：某某街道某某社区党委',
  },
]

const POST_FIELDS: FieldSpec[] = [
  {
    name: 'post',
    label: '岗位',
    required: true,
    className: 'register-form__post',
    inputName: 'post',
    max: 20,
    placeholder: '如：店长、收银员、厨师',
  },
]

const GENDER_CHOICE = {
  name: 'gender',
  label: '性别',
  required: true,
  chips: 'register-gender',
  choices: GENDER_OPTIONS,
}
const STANDING_CHOICE = {
  name: 'standing',
  label: '党员身份',
  required: true,
  chips: 'register-standing',
  choices: STANDING_OPTIONS,
}
const TRANSFERRED_CHOICE = {
  name: 'transferred',
  label: '组织关系是否已转入本商圈',
  required: true,
  chips: 'register-transferred',
  choices: TRANSFERRED_OPTIONS,
}
const FLOATING_CHOICE = {
  name: 'floating',
  label: '是否流动党员',
  required: true,
  chips: 'register-floating',
  choices: FLOATING_OPTIONS,
}
const SKILLS_CHOICE = {
  name: 'skills',
  label: '可提供的志愿服务技能（可多选，选填）',
  chips: 'register-skills',
  choices: SKILL_OPTIONS,
}

function toYesNo(value: boolean | null | undefined): YesNo | undefined {
  if (value === null || value === undefined) return undefined
  return value ? 'yes' : 'no'
}

function fromYesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'yes'
}

/** Empty text is a missing field, so the schema names what to fill in rather than its length. */
function text(value: string): string | undefined {
  return value.trim() || undefined
}

/** 寻党员: the member's own registration, from the first form to verification. */
export default function MemberRegisterPage() {
  const { params } = useRouter()
  const consented = readParam(params.consent) === '1'
  const visitor = useSignInOrHandover(consented ? REGISTER_AFTER_CONSENT : ROUTES.memberRegister)
  const signedIn = visitor === 'signed-in'
  const mine = useRemoteData(getMyRegistration, [], signedIn)
  // Nothing registered and no agreement on the way here: the consent comes before any field.
  const needsConsent = mine.data === null && !consented

  useEffect(() => {
    if (needsConsent) Taro.redirectTo({ url: ROUTES.memberConsent })
  }, [needsConsent])

  // In the mini-program the page asks for the consent again: an agreement on the web is not kept.
  if (!signedIn)
    return (
      <NotSignedInPage
        className="member-register"
        visitor={visitor}
        action="党员登记"
        page={ROUTES.memberRegister}
      />
    )

  const registration = mine.data
  return (
    <PageShell className="member-register">
      <LoadStates loaded={mine} />
      {registration === undefined || needsConsent ? null : (
        <RegistrationView registration={registration} onChanged={mine.reload} />
      )}
    </PageShell>
  )
}

function RegistrationView(props: { registration: MyRegistration | null; onChanged: () => void }) {
  const { registration, onChanged } = props
  if (!registration || EDITABLE_STATUSES.includes(registration.status)) {
    // A new key per status: after a withdrawal the form starts again from what was submitted.
    return (
      <RegistrationForm
        key={registration?.status ?? 'new'}
        registration={registration}
        onSaved={onChanged}
      />
    )
  }
  if (registration.status === 'pending') {
    return <PendingView registration={registration} onWithdrawn={onChanged} />
  }
  if (registration.status === 'verified') return <VerifiedView registration={registration} />
  return <RevokedView registration={registration} />
}

function StatusCard({ status, children }: { status: MemberStatus; children?: ReactNode }) {
  return (
    <View className={`card member-status-card member-status-card--${status}`}>
      <View className="member-status-card__head">
        <Text className="member-status-card__caption">党员登记状态</Text>
        <Text className={`member-status member-status--${status}`}>
          {MEMBER_STATUS_LABELS[status]}
        </Text>
      </View>
      {children}
    </View>
  )
}

// ---- the form -----------------------------------------------------------------------------

function RegistrationForm(props: { registration: MyRegistration | null; onSaved: () => void }) {
  const { registration: reg, onSaved } = props
  const form = useFieldValues({
    realName: reg?.realName ?? '',
    recordOrg: reg?.recordOrg ?? '',
    post: reg?.post ?? '',
  })
  const [gender, setGender] = useState<Gender | undefined>(reg?.gender ?? undefined)
  const phone = usePhone(reg?.phone ?? '')
  const [joinedOn, setJoinedOn] = useState(reg?.joinedOn ?? '')
  const [standing, setStanding] = useState<Standing | undefined>(reg?.standing ?? undefined)
  const [transferred, setTransferred] = useState(toYesNo(reg?.transferred))
  const [floating, setFloating] = useState(toYesNo(reg?.floating))
  const [shop, setShop] = useState<PickedShop | null>(reg?.shop ?? null)
  const [skills, setSkills] = useState<Skill[]>(reg?.skills ?? [])
  const draftKey = useIdempotencyKey()
  const submitKey = useIdempotencyKey()
  const draft = useAction(api.member.saveDraft)
  const submit = useAction(api.member.submit)
  // The verifier's decision is what the member waits for; asked while the tap still counts.
  const askToSubscribe = useSubscribeAsk(['registration_approved', 'registration_rejected'])
  const [last, setLast] = useState<'draft' | 'submit'>('submit')
  const sent = last === 'draft' ? draft : submit
  const errors = sent.fieldErrors
  const today = shanghaiToday()
  const rejected = reg?.status === 'rejected'

  const fields = () => {
    return {
      realName: text(form.values.realName),
      gender,
      ...phoneInput(phone),
      joinedOn: text(joinedOn),
      standing,
      recordOrg: text(form.values.recordOrg),
      transferred: fromYesNo(transferred),
      floating: fromYesNo(floating),
      workShopId: shop?.shopId,
      post: text(form.values.post),
      skills,
      consent: true as const,
    }
  }

  const saveDraft = async () => {
    setLast('draft')
    submit.setFieldErrors({})
    const input = draft.check(SaveDraftInput, fields())
    if (!input) return
    if (await draft.run(input, { idempotencyKey: draftKey.key })) {
      draftKey.renew()
      Taro.showToast({ title: '草稿已保存', icon: 'success' })
      onSaved()
    }
  }

  const send = async () => {
    setLast('submit')
    draft.setFieldErrors({})
    // The server's schema, run here first so mistakes show under their fields at once.
    const input = submit.check(SubmitRegistrationInput, fields())
    if (!input) return
    askToSubscribe()
    if (await submit.run(input, { idempotencyKey: submitKey.key })) {
      submitKey.renew()
      Taro.showToast({ title: '已提交审核', icon: 'success' })
      onSaved()
    }
  }

  return (
    <View>
      {reg ? <StatusCard status={reg.status} /> : null}
      {rejected ? (
        <View className="card member-reject">
          <Text className="member-reject-reason">退回原因：{reg.rejectReason ?? '未说明'}</Text>
          <Text className="member-reject__hint">请按退回原因修改后重新提交。</Text>
        </View>
      ) : null}

      <FormCard
        name="register-form"
        className="section"
        title="党员信息登记"
        hint="请如实填写，提交后由所在支部书记或商圈党委核实。您已同意《党员信息登记授权》。"
        action={{ ...sent, pending: submit.pending }}
        submitLabel={rejected ? '修改后重新提交' : '提交审核'}
        submitDisabled={draft.pending}
        onSubmit={send}
        buttons={
          <Button
            className="register-form__save-draft"
            type="primary"
            fill="outline"
            block
            loading={draft.pending}
            disabled={submit.pending}
            onClick={saveDraft}
          >
            保存草稿
          </Button>
        }
      >
        <FormFields fields={NAME_FIELDS} form={form} />
        <ChoiceField spec={GENDER_CHOICE} value={gender} onChange={setGender} />
        <PhoneField block="register-form" inputName="phone" phone={phone} />
        <FormField name="joinedOn" label="入党时间" error={errors.joinedOn} required>
          <View className="register-form__date">
            {IS_WEAPP ? null : (
              <Input
                className="register-form__joined-on"
                name="joinedOn"
                placeholder="YYYY-MM-DD，如 2010-07-01"
                value={joinedOn}
                maxLength={10}
                onChange={setJoinedOn}
              />
            )}
            <Picker
              mode="date"
              value={JoinedOn.safeParse(joinedOn).success ? joinedOn : today}
              start={FIRST_JOINING_DATE}
              end={today}
              onChange={(e) => setJoinedOn(e.detail.value)}
            >
              <Text className="register-form__joined-on-picker">
                {IS_WEAPP ? joinedOn || '请选择入党时间' : '选择日期'}
              </Text>
            </Picker>
          </View>
        </FormField>
        <ChoiceField spec={STANDING_CHOICE} value={standing} onChange={setStanding} />
        <FormFields fields={RECORD_ORG_FIELDS} form={form} />
        <ChoiceField spec={TRANSFERRED_CHOICE} value={transferred} onChange={setTransferred} />
        <ChoiceField spec={FLOATING_CHOICE} value={floating} onChange={setFloating} />
        <FormField
          name="workShopId"
          label="工作的店铺"
          error={errors.workShopId && !shop ? '请选择工作的店铺' : errors.workShopId}
          required
        >
          <ShopPicker name="register-shop" value={shop} onChange={setShop} />
        </FormField>
        <FormFields fields={POST_FIELDS} form={form} />
        <ChoiceField spec={SKILLS_CHOICE} multiple value={skills} onChange={setSkills} />
        <FieldError field="consent" message={errors.consent} />
      </FormCard>
    </View>
  )
}

// ---- after submitting ---------------------------------------------------------------------

function PendingView(props: { registration: MyRegistration; onWithdrawn: () => void }) {
  const { registration, onWithdrawn } = props
  const withdraw = useAction(api.member.withdraw)

  const undo = async () => {
    if (await withdraw.run()) {
      Taro.showToast({ title: '已撤回', icon: 'success' })
      onWithdrawn()
    }
  }

  return (
    <View>
      <StatusCard status="pending">
        {registration.submittedAt ? (
          <Text className="member-status-card__time member-pending__submitted">
            提交时间：{formatShanghai(registration.submittedAt)}
          </Text>
        ) : null}
        <Text className="member-status-card__hint">
          支部书记或商圈党委核实后会通过审核；审核前您可以撤回登记并修改。
        </Text>
      </StatusCard>
      <RegistrationSummary registration={registration} />
      <Button
        className="section member-withdraw"
        type="primary"
        fill="outline"
        block
        loading={withdraw.pending}
        onClick={undo}
      >
        撤回登记
      </Button>
    </View>
  )
}

function VerifiedView({ registration }: { registration: MyRegistration }) {
  return (
    <View>
      <StatusCard status="verified">
        <Text className="member-verified__branch">
          所在支部：{registration.branch?.name ?? '待编入'}
        </Text>
        {registration.decidedAt ? (
          <Text className="member-status-card__time">
            认证时间：{formatShanghai(registration.decidedAt)}
          </Text>
        ) : null}
      </StatusCard>
      <RegistrationSummary registration={registration} />
      <LinkButton
        className="section member-verified__card"
        type="primary"
        block
        url={ROUTES.memberCard}
      >
        查看我的党员卡
      </LinkButton>
    </View>
  )
}

function RevokedView({ registration }: { registration: MyRegistration }) {
  return (
    <StatusCard status={registration.status}>
      <Text className="member-revoked">认证已撤销</Text>
      {registration.rejectReason ? (
        <Text className="member-status-card__hint">原因：{registration.rejectReason}</Text>
      ) : null}
      <Text className="member-status-card__hint">如有疑问，请联系所在支部书记或商圈党委。</Text>
    </StatusCard>
  )
}

/** What was submitted, read-only, as the member sees it (in full: it is theirs). */
function RegistrationSummary({ registration: reg }: { registration: MyRegistration }) {
  const rows: { name: string; label: string; value: string | null }[] = [
    { name: 'real-name', label: '姓名', value: reg.realName },
    { name: 'gender', label: '性别', value: reg.gender },
    { name: 'phone', label: '手机号', value: reg.phone },
    { name: 'joined-on', label: '入党时间', value: reg.joinedOn },
    { name: 'standing', label: '党员身份', value: reg.standing && STANDING_LABELS[reg.standing] },
    { name: 'record-org', label: '组织关系所在单位', value: reg.recordOrg },
    {
      name: 'transferred',
      label: '组织关系',
      value: reg.transferred === null ? null : reg.transferred ? '已转入本商圈' : '未转入',
    },
    {
      name: 'floating',
      label: '流动党员',
      value: reg.floating === null ? null : reg.floating ? '是' : '否',
    },
    { name: 'shop', label: '工作店铺', value: reg.shop?.name ?? null },
    { name: 'post', label: '岗位', value: reg.post },
    { name: 'skills', label: '志愿服务技能', value: reg.skills.join('、') || '无' },
  ]
  return (
    <View className="section card member-summary">
      <Text className="section__title">登记信息</Text>
      {rows.map((row) => (
        <View key={row.name} className={`member-summary__row member-summary__row--${row.name}`}>
          <Text className="member-summary__label">{row.label}</Text>
          <Text className="member-summary__value">{row.value || '—'}</Text>
        </View>
      ))}
    </View>
  )
}
