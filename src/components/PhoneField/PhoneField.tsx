import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useFieldErrors, type FieldErrors } from '../FormCard'
import { FormField } from '../FormField'
import type { PhoneState } from './use-phone'

export type PhoneFieldProps = {
  /** The form's block class: `register-form` gives `.register-form__phone`, `__phone-button`… */
  block: string
  phone: PhoneState
  /**
   * The action's field errors, by path (those of the FormCard around unless given): the field
   * shows that of `phone` or of `phoneCode`.
   */
  errors?: FieldErrors
  /** The `name` attribute of the typed number's input, where the page gives it one. */
  inputName?: string
}

/** 手机号: on weapp WeChat's getPhoneNumber button with 手动填写 beside it; typed elsewhere. */
export function PhoneField({ block, phone, inputName, ...props }: PhoneFieldProps) {
  const errors = useFieldErrors(props.errors)
  const onPhoneNumber = (e: { detail: { code?: string } }) => {
    if (e.detail.code) phone.setCode(e.detail.code)
    else Taro.showToast({ title: '未获取到手机号，可点“手动填写”', icon: 'none' })
  }
  return (
    <FormField name="phone" label="手机号" error={errors.phone ?? errors.phoneCode} required>
      {phone.manual ? (
        <Input
          className={`${block}__phone`}
          name={inputName}
          type="tel"
          placeholder="请输入 11 位手机号"
          value={phone.typed}
          maxLength={11}
          onChange={phone.setTyped}
        />
      ) : (
        <View className={`${block}__phone-wechat`}>
          <Text className={`${block}__phone-value`}>
            {phone.code ? '已获取微信绑定的手机号' : phone.typed || '使用微信绑定的手机号'}
          </Text>
          <Button
            className={`${block}__phone-button`}
            size="small"
            type="primary"
            fill="outline"
            openType="getPhoneNumber"
            onGetPhoneNumber={onPhoneNumber}
          >
            {phone.code || phone.typed ? '重新获取' : '获取手机号'}
          </Button>
          <Text className={`${block}__phone-manual`} onClick={() => phone.setManual(true)}>
            手动填写
          </Text>
        </View>
      )}
    </FormField>
  )
}
