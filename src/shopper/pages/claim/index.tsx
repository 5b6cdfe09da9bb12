import Taro from '@tarojs/taro'
import { ClaimShopInput } from '../../../../types/shop'
import { PageShell } from '../../../components/PageShell'
import { FormFieldsCard } from '../../../components/FormFieldsCard'
import { useAction } from '../../../hooks/use-action'
import { useSignInOrHandover } from '../../../hooks/use-sign-in-or-handover'
import { api } from '../../../services/call-function'
import { ROUTES } from '../../../constants/routes'
import type { FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { NotSignedInPage } from '../../../components/WeChatHandover'
import './index.scss'

const CODE_FIELDS: FieldSpec[] = [
  {
    name: 'code',
    className: 'claim-form__code',
    inputName: 'code',
    placeholder: '请输入 8 位认领码',
    max: 8,
    normalize: (typed) => typed.toUpperCase(),
  },
]

export default function ClaimPage() {
  const visitor = useSignInOrHandover(ROUTES.claim)
  const form = useFieldValues({ code: '' })
  const claim = useAction(api.shop.claim)

  const send = async () => {
    const input = claim.check(ClaimShopInput, form.values)
    if (!input) return
    const claimed = await claim.run(input)
    if (claimed) {
      Taro.showToast({ title: '认领成功', icon: 'success' })
      Taro.redirectTo({ url: ROUTES.merchantShops })
    }
  }

  if (visitor !== 'signed-in')
    return (
      <NotSignedInPage className="claim" visitor={visitor} action="认领店铺" page={ROUTES.claim} />
    )

  return (
    <PageShell className="claim">
      <FormFieldsCard
        name="claim-form"
        title="用认领码认领我的店铺"
        hint="认领码由商圈党委发放，8 位字母数字，仅能使用一次。认领后您可以维护店铺资料、亮承诺、回复投诉、下载二维码海报。"
        action={claim}
        submitLabel="认领店铺"
        onSubmit={send}
        fields={CODE_FIELDS}
        form={form}
        clearErrorsOnEdit
      />
    </PageShell>
  )
}
