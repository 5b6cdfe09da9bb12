// The picture of a code that opens one page with one value: a shop's signed payload, a login
// request. In production it is the mini-program code (wxacode.getUnlimited) whose scene is the
// value; locally, where WeChat is out of reach, a QR code of the h5 URL with the same value.
import { qrPng } from './qr-png'
import { cloudApp } from '../kernel/database'

/** The page a code opens and the query parameter that carries its value on h5. */
export type CodeTarget = { page: string; param: string }

export const SHOP_TARGET: CodeTarget = { page: 'pages/shop/index', param: 'code' }
/** 扫码登录: the phone's confirmation page, in the console's subpackage. */
export const LOGIN_TARGET: CodeTarget = { page: 'admin/pages/web-login/index', param: 'r' }

export type CodeImage = {
  /** The h5 address the code stands for. */
  url(payload: string): string
  /** The code's picture as a data URL. */
  image(payload: string): Promise<string>
}

function pageUrl(baseUrl: string, target: CodeTarget, payload: string): string {
  return `${baseUrl}#/${target.page}?${target.param}=${encodeURIComponent(payload)}`
}

/** Offline: a QR code of the h5 address. */
export function qrCodeImage(baseUrl: string, target = SHOP_TARGET): CodeImage {
  return {
    url: (payload) => pageUrl(baseUrl, target, payload),
    image: async (payload) =>
      `data:image/png;base64,${qrPng(pageUrl(baseUrl, target, payload)).toString('base64')}`,
  }
}

/** Production: the mini-program code that opens the page with the payload as its scene. */
export function wxaCodeImage(baseUrl: string, target = SHOP_TARGET): CodeImage {
  return {
    url: (payload) => pageUrl(baseUrl, target, payload),
    async image(payload) {
      // The compatible call returns the raw image bytes on success (JSON only on error).
      const res = await cloudApp().callCompatibleWxOpenApi({
        apiName: '/wxa/getwxacodeunlimit',
        requestData: Buffer.from(
          JSON.stringify({ scene: payload, page: target.page, check_path: false, width: 430 }),
        ),
      })
      const image = res as unknown
      if (!Buffer.isBuffer(image))
        throw new Error(`wxacode.getUnlimited failed: ${JSON.stringify(image)}`)
      return `data:image/png;base64,${image.toString('base64')}`
    },
  }
}
