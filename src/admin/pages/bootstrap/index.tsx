// 启用管理后台: the first run's one-time 启用码 (printed by `npm run setup`) makes the person who
// enters it the committee's first admin. 我的 offers this page only while nobody is admin.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BootstrapInput } from '../../../../types/user'
import { FormFieldsCard } from '../../../components/FormFieldsCard'
import type { FieldSpec } from '../../../components/FormFields'
import { PageShell } from '../../../components/PageShell'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useFormAction } from '../../../hooks/use-form-action'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { ADMIN_ROUTES } from '../../routes'
import './index.scss'

const FIELDS: FieldSpec[] = [
  {
    name: 'code',
    className: 'bootstrap__code',
    inputName: 'code',
    placeholder: '如 K7QF-2M9X-PQ4T-8HNB',
  },
]

export default function BootstrapPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.bootstrap)
  const form = useFieldValues({ code: '' })
  const enter = useFormAction(BootstrapInput, api.user.bootstrap, () => {
    Taro.showToast({ title: '您已成为商圈党委管理员', icon: 'success' })
    Taro.redirectTo({ url: ADMIN_ROUTES.dashboard })
  })
  if (!signedIn) return <PageShell className="bootstrap" />
  return (
    <PageShell className="bootstrap">
      <View className="bootstrap__intro">
        <Text className="bootstrap__title">启用商圈党委管理后台</Text>
        <Text className="bootstrap__hint">
          部署完成后，运行 npm run setup
          会生成一次性启用码。第一位输入启用码的人成为商圈党委管理员，之后由管理员在后台任命其他管理员。
        </Text>
      </View>
      <FormFieldsCard
        name="bootstrap-form"
        title="启用码"
        action={enter}
        submitLabel="启用"
        onSubmit={() => enter.submit({ code: form.values.code })}
        fields={FIELDS}
        form={form}
        clearErrorsOnEdit
      />
    </PageShell>
  )
}
