// The picture of a shop's code. In production it is the mini-program code (wxacode.getUnlimited)
// whose scene is the signed payload and which opens the shop page; locally, where WeChat is out of
// reach, a QR code of the h5 URL with the same payload.
import QRCode from 'qrcode'
import { cloudApp } from '../kernel/database'

export const SHOP_PAGE = 'pages/shop/index'

export type CodeImage = {
  /** The h5 address of a shop's code. */
  url(payload: string): string
  /** The code's picture as a data URL. */
  image(payload: string): Promise<string>
}

function shopUrl(baseUrl: string, payload: string): string {
  return `${baseUrl}#/${SHOP_PAGE}?code=${encodeURIComponent(payload)}`
}

/** Offline: a QR code of the h5 address. */
export function qrCodeImage(baseUrl: string): CodeImage {
  return {
    url: (payload) => shopUrl(baseUrl, payload),
    image: (payload) =>
      QRCode.toDataURL(shopUrl(baseUrl, payload), {
        errorCorrectionLevel: 'M',
        margin: 2,
        width: 480,
      }),
  }
}

/** Production: the mini-program code that opens the shop page with the payload as its scene. */
export function wxaCodeImage(baseUrl: string): CodeImage {
  return {
    url: (payload) => shopUrl(baseUrl, payload),
    async image(payload) {
      // The compatible call returns the raw image bytes on success (JSON only on error).
      const res = await cloudApp().callCompatibleWxOpenApi({
        apiName: '/wxa/getwxacodeunlimit',
        requestData: Buffer.from(
          JSON.stringify({ scene: payload, page: SHOP_PAGE, check_path: false, width: 430 }),
        ),
      })
      const image = res as unknown
      if (!Buffer.isBuffer(image))
        throw new Error(`wxacode.getUnlimited failed: ${JSON.stringify(image)}`)
      return `data:image/png;base64,${image.toString('base64')}`
    },
  }
}
