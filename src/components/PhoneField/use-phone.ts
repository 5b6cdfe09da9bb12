import { useState } from 'react'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** A phone number field's state: a typed number, or the code of WeChat's getPhoneNumber. */
export type PhoneState = {
  /** The number typed, or the one on file until the user types another. */
  typed: string
  setTyped(typed: string): void
  /** WeChat's one-off code for the bound number, once the user allowed it. */
  code?: string
  setCode(code: string): void
  /** Typing instead of WeChat's button: always on h5, on weapp after 手动填写. */
  manual: boolean
  setManual(manual: boolean): void
}

/** Holds a phone field, starting from the number on file (or ''). */
export function usePhone(onFile: string): PhoneState {
  const [typed, setTyped] = useState(onFile)
  const [code, setCode] = useState<string>()
  const [manual, setManual] = useState(!IS_WEAPP)
  return { typed, setTyped, code, setCode, manual, setManual }
}

/** What a form sends: WeChat's phone code wins over a number on file, unless the user typed one. */
export function phoneInput(state: PhoneState): { phone?: string; phoneCode?: string } {
  const wechatPhone = IS_WEAPP && !state.manual && !!state.code
  return {
    phone: wechatPhone ? undefined : state.typed.trim() || undefined,
    phoneCode: wechatPhone ? state.code : undefined,
  }
}
