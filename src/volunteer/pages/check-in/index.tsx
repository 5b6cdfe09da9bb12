import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { CheckInInput } from '../../../../types/activity'
import { ROUTES, activityUrl, withQuery } from '../../../../types/pages'
import type { ActionOutput } from '../../../../types/api'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api, newIdempotencyKey } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { clock } from '../../labels'
import { CAN_SCAN, extractCode, scanCode } from './scan'
import { useKnownPosition } from './use-known-position'
import './index.scss'

type Kind = ActionOutput<'activity', 'checkIn'>['kind']
const KIND_CHOICES: Choice<Kind>[] = [
  { value: 'checkIn', label: '签到' },
  { value: 'checkOut', label: '签退' },
]
const KIND_LABELS: Record<Kind, string> = { checkIn: '签到', checkOut: '签退' }

const CODE_FIELDS: FieldSpec[] = [
  {
    name: 'code',
    className: 'check-in-form__code',
    placeholder: '粘贴或输入负责人页面上签到码下方的文字',
    max: 120,
  },
]

/** 扫码签到 / 签退: the leader's code, scanned or typed, with the location where the phone gives it. */
export default function CheckInPage() {
  const { params } = useRouter()
  const startKind: Kind = readParam(params.kind) === 'checkOut' ? 'checkOut' : 'checkIn'
  // Opened from the leader's QR (a link carrying the code): it is submitted at once.
  const linked = extractCode(readParam(params.code))
  const signedIn = useRequireSignIn(
    withQuery(ROUTES.checkIn, { kind: startKind, ...(linked ? { code: linked } : {}) }),
  )
  const [kind, setKind] = useState<Kind>(startKind)
  const form = useFieldValues({ code: linked })
  const [result, setResult] = useState<ActionOutput<'activity', 'checkIn'>>()
  const [located, setLocated] = useState<boolean>()
  const position = useKnownPosition(signedIn)
  const send = useAction((input: CheckInInput, key: string) =>
    kind === 'checkIn'
      ? api.activity.checkIn(input, { idempotencyKey: key })
      : api.activity.checkOut(input, { idempotencyKey: key }),
  )

  const changeKind = (value: Kind) => {
    setKind(value)
    setResult(undefined)
  }

  const submit = async (typed = form.values.code) => {
    const value = extractCode(typed)
    if (!send.check(CheckInInput, { code: value })) return
    // Sent at once with the position known so far (the code lasts 30 s); without one the
    // check-in goes ahead and the server skips the distance check.
    const here = position.current
    setLocated(!!here)
    // Each tap is its own request; the server answers a repeat with the first result.
    const done = await send.run({ code: value, ...(here ?? {}) }, newIdempotencyKey())
    if (done) setResult(done)
  }

  const sentLinked = useRef(false)
  useEffect(() => {
    if (!signedIn || !linked || sentLinked.current) return
    sentLinked.current = true
    submit(linked)
    // Once per page: the code in the link, as soon as the volunteer is signed in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn, linked])

  const scan = async () => {
    const scanned = await scanCode()
    if (!scanned) return
    form.set('code', scanned)
    setResult(undefined)
    await submit(scanned)
  }

  if (!signedIn) return <PageShell className="check-in" />
  const refusal = send.error && !Object.keys(send.fieldErrors).length ? send.error.message : null
  return (
    <PageShell className="check-in">
      <View className="card check-in__intro">
        <Text className="check-in__hint">
          请扫描活动负责人手机上出示的签到码（每 30
          秒更换）。手机允许定位时，须在活动地点附近；不允许定位也可签到。
        </Text>
        <ChoiceChips
          name="check-in-kind"
          choices={KIND_CHOICES}
          value={kind}
          onChange={changeKind}
        />
      </View>

      {CAN_SCAN ? (
        <Button
          className="section check-in__scan"
          type="primary"
          block
          loading={send.pending}
          onClick={scan}
        >
          扫码{KIND_LABELS[kind]}
        </Button>
      ) : null}

      <FormCard
        name="check-in-form"
        className="section"
        title={CAN_SCAN ? '或输入签到码' : '输入签到码'}
        action={{ pending: send.pending, fieldErrors: send.fieldErrors }}
        submitLabel={KIND_LABELS[kind]}
        onSubmit={() => submit()}
      >
        <FormFields fields={CODE_FIELDS} form={form} onEdit={() => setResult(undefined)} />
      </FormCard>

      {refusal ? (
        <View className="section card check-in__refusal" data-code={send.error?.code}>
          <Text className="check-in__refusal-title">{KIND_LABELS[kind]}未成功</Text>
          <Text className="check-in__refusal-reason">{refusal}</Text>
        </View>
      ) : null}

      {result ? (
        <View className="section card check-in__success">
          <Text className="check-in__success-title">
            {KIND_LABELS[result.kind]}成功 {clock(result.at)}
          </Text>
          <Text className="check-in__success-activity">{result.title}</Text>
          {result.late ? <Text className="check-in__late">晚于活动开始时间，记为迟到</Text> : null}
          <Text className="check-in__distance">
            {result.distance !== null
              ? `距活动地点约 ${Math.round(result.distance)} 米`
              : located === false
                ? '未获取到位置，已按无定位签到'
                : ''}
          </Text>
          <Button
            className="check-in__open-activity"
            fill="outline"
            type="primary"
            block
            onClick={() => Taro.redirectTo({ url: activityUrl(result.activityId) })}
          >
            查看活动
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
