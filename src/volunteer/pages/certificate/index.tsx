import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { VerifyCertificateInput } from '../../../../types/activity'
import { certificateUrl } from '../../../../types/pages'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { PageShell } from '../../../components/PageShell'
import { FormCard } from '../../../components/FormCard'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { FactRows, type Fact } from '../../components/FactRows'
import './index.scss'

const SERIAL_FIELDS: FieldSpec[] = [
  {
    name: 'serial',
    className: 'certificate-form__serial',
    placeholder: '如 VC2026ABCDEFGH23xY_z9Q',
    max: 40,
  },
]

/** The public page a certificate's QR opens: genuine or not, with what it may show (masked). */
export default function CertificatePage() {
  const { params } = useRouter()
  const serial = readParam(params.serial).trim()
  const checked = useRemoteData(
    () => api.activity.verifyCertificate({ serial }),
    [serial],
    !!serial,
  )
  const form = useFieldValues({ serial })
  const lookup = useAction(async () => undefined)

  const submit = () => {
    const input = lookup.check(VerifyCertificateInput, { serial: form.values.serial })
    if (input) Taro.redirectTo({ url: certificateUrl(input.serial) })
  }

  const result = checked.data
  const cert = result?.certificate
  return (
    <PageShell className="certificate-page">
      {serial && checked.loading ? <LoadingState text="正在验证…" /> : null}
      {serial && checked.error ? (
        <View className="card certificate-result certificate-result--invalid">
          <Text className="certificate-result__verdict">无法验证</Text>
          <Text className="certificate-result__reason">{checked.error.message}</Text>
        </View>
      ) : null}
      {result && !checked.loading ? (
        <View
          className={`card certificate-result certificate-result--${result.genuine ? 'genuine' : 'invalid'}`}
        >
          <Text className="certificate-result__verdict">
            {result.genuine ? '证明真实有效' : '无法验证'}
          </Text>
          {!result.genuine ? (
            <Text className="certificate-result__reason">
              {result.reason ?? '未找到这份证明，可能是伪造或编号有误'}
            </Text>
          ) : null}
          {cert ? (
            <View className="certificate-result__facts">
              <FactRows row="certificate-fact" owner="certificate-result" facts={factsOf(cert)} />
            </View>
          ) : null}
        </View>
      ) : null}
      {!serial ? <ErrorState message="请输入志愿服务证明上的编号进行验证" /> : null}

      <FormCard
        name="certificate-form"
        className="section"
        title="验证其他证明"
        hint="证明编号印在志愿服务证明右上角，以 VC 开头。"
        action={lookup}
        submitLabel="验证"
        onSubmit={submit}
      >
        <FormFields fields={SERIAL_FIELDS} form={form} />
      </FormCard>
    </PageShell>
  )
}

type Certificate = NonNullable<ActionOutput<'activity', 'verifyCertificate'>['certificate']>

/** What a genuine certificate may show (the name masked). */
function factsOf(cert: Certificate): Fact[] {
  return [
    { name: 'serial', label: '证明编号', value: cert.serial },
    { name: 'name', label: '志愿者', value: cert.name },
    { name: 'hours', label: '服务时长', value: `${cert.hours} 小时（${cert.records} 条记录）` },
    ...(cert.activity ? [{ name: 'activity', label: '活动', value: cert.activity }] : []),
    { name: 'issuer', label: '出具单位', value: cert.issuer },
    { name: 'issued-at', label: '出具日期', value: formatShanghai(cert.issuedAt, 'YYYY年M月D日') },
  ]
}
