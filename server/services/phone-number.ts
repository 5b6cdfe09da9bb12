// The phone number a mini-program user shares with getPhoneNumber: the client receives a one-time
// code and the server exchanges it with WeChat (phonenumber.getPhoneNumber). Locally, where WeChat is
// out of reach, the code cannot be exchanged and the member types the number instead.
import { fieldError } from '../kernel/app-error'
import { cloudApp } from '../kernel/database'

export type PhoneNumbers = {
  /** The phone number WeChat vouches for behind a getPhoneNumber code. */
  fromCode(code: string): Promise<string>
}

export const offlinePhoneNumbers: PhoneNumbers = {
  async fromCode() {
    throw fieldError('phone', '本地环境无法获取微信手机号，请手动填写手机号')
  },
}

export const wechatPhoneNumbers: PhoneNumbers = {
  async fromCode(code) {
    const res = (await cloudApp().callCompatibleWxOpenApi({
      apiName: '/wxa/business/getuserphonenumber',
      requestData: Buffer.from(JSON.stringify({ code })),
    })) as unknown
    const reply = JSON.parse(Buffer.isBuffer(res) ? res.toString('utf8') : JSON.stringify(res)) as {
      errcode?: number
      phone_info?: { purePhoneNumber?: string; countryCode?: string }
    }
    const phone = reply.phone_info?.purePhoneNumber
    if (reply.errcode || !phone) throw fieldError('phone', '获取微信手机号失败，请重试或手动填写')
    return phone
  },
}
