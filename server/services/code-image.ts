// The picture of a shop's code. In production it is the mini-program code (wxacode.getUnlimited)
// whose scene is the signed payload and which opens the shop page; locally, where WeChat is out of
// reach, a QR code of the h5 URL with the same payload.
import QRCode from 'qrcode'
import { cloudApp } from '../kernel/database'

export const SHOP_PAGE = 'pages/shop/index'

/** The h5 address of a shop's code. */
export function shopCodeUrl(payload: string): string {
  const base = process.env.APP_H5_BASE_URL || 'http://127.0.0.1:8080/'
  return `${base.endsWith('/') ? base : `${base}/`}#/${SHOP_PAGE}?code=${encodeURIComponent(payload)}`
}

export async function shopCodeImage(payload: string): Promise<string> {
  if (process.env.APP_MODE === 'local') {
    return QRCode.toDataURL(shopCodeUrl(payload), {
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 480,
    })
  }
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
}
