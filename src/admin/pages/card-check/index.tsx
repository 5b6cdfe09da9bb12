import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { STANDING_LABELS, VerifyCardInput } from '../../../../types/member'
import { ConsoleShell } from '../../components/ConsoleShell'
import { FormField } from '../../../components/FormField'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { ActionForm } from '../../components/ActionForm'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** What the camera read, or undefined when the scan was cancelled. */
async function scanCard(): Promise<string | undefined> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
    return result
  } catch {
    return undefined
  }
}

export default function CardCheckPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.cardCheck)
  const [code, setCode] = useState('')
  const [result, setResult] = useState<ActionOutput<'member', 'verifyCard'>>()
  const check = useAction(api.member.verifyCard)

  const verify = async (raw: string) => {
    setResult(undefined)
    const input = check.check(VerifyCardInput, { code: raw })
    if (!input) return
    const checked = await check.run(input)
    if (checked) setResult(checked)
  }

  const scan = async () => {
    const scanned = await scanCard()
    if (scanned === undefined) return
    setCode(scanned)
    await verify(scanned)
  }

  if (!signedIn) return <ConsoleShell className="card-check" />

  return (
    <ConsoleShell className="card-check">
      <Text className="section__title">核验党员卡</Text>
      <View className="card">
        <ActionForm
          className="card-check__form"
          action={check}
          submitLabel="核验"
          submitClassName="card-check__submit"
          onSubmit={() => verify(code)}
          size="normal"
        >
          {IS_WEAPP ? (
            <Button className="card-check__scan" type="primary" block onClick={scan}>
              扫码核验
            </Button>
          ) : null}
          <FormField
            name="code"
            label={IS_WEAPP ? '或手动输入核验码' : '核验码（党员卡二维码的内容）'}
            error={check.fieldErrors.code}
          >
            <Input
              className="card-check__code"
              value={code}
              maxLength={100}
              placeholder="粘贴或输入核验码（以 M1. 开头）"
              onChange={setCode}
              onConfirm={() => verify(code)}
            />
          </FormField>
        </ActionForm>
      </View>

      {result ? <CardResult result={result} /> : null}
    </ConsoleShell>
  )
}

function CardResult({ result }: { result: ActionOutput<'member', 'verifyCard'> }) {
  const member = result.member
  return (
    <View
      className={`section card card-result card-result--${result.current ? 'valid' : 'invalid'}`}
    >
      <Text className="card-result__verdict">{result.current ? '有效党员卡' : '党员卡无效'}</Text>
      {!result.current ? (
        <Text className="card-result__reason">{result.reason ?? '该党员卡已失效'}</Text>
      ) : null}
      {member ? (
        <View className="card-result__member">
          <Fact label="姓名" value={member.name} name="name" />
          <Fact label="党员身份" value={STANDING_LABELS[member.standing]} name="standing" />
          <Fact label="所属支部" value={member.branch.name} name="branch" />
          <Fact label="所在店铺" value={member.shop?.name ?? '—'} name="shop" />
          <Fact label="岗位" value={member.post} name="post" />
          <Fact label="认证时间" value={formatShanghai(member.verifiedAt)} name="verified" />
        </View>
      ) : null}
    </View>
  )
}

function Fact({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <View className={`card-result__fact card-result__fact--${name}`}>
      <Text className="card-result__label">{label}</Text>
      <Text className="card-result__value">{value}</Text>
    </View>
  )
}
