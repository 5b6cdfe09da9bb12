// Reading the leader's QR: the camera on weapp; on h5, a photo decoded by the browser's
// BarcodeDetector where it has one (the text field is always there besides).
import Taro from '@tarojs/taro'

type Detector = { detect: (image: ImageBitmap) => Promise<{ rawValue: string }[]> }
type DetectorClass = new (options: { formats: string[] }) => Detector

const CODE_PATTERN = /A1\.[A-Za-z0-9_-]{1,64}\.\d{1,12}\.[A-Za-z0-9_-]{16}/

/** The check-in code inside whatever the QR held (the code itself, or a link carrying it). */
export function extractCode(text: string): string {
  return text.match(CODE_PATTERN)?.[0] ?? text.trim()
}

function detectorClass(): DetectorClass | undefined {
  if (typeof window === 'undefined') return undefined
  return (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector
}

export const CAN_SCAN = process.env.TARO_ENV === 'weapp' || !!detectorClass()

/** Scans a code; undefined when the volunteer gave up or nothing was found. */
export async function scanCode(): Promise<string | undefined> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      return extractCode(result)
    } catch {
      return undefined
    }
  }
  const Barcode = detectorClass()
  if (!Barcode) return undefined
  try {
    const chosen = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'] })
    const blob = await (await fetch(chosen.tempFilePaths[0])).blob()
    const found = await new Barcode({ formats: ['qr_code'] }).detect(await createImageBitmap(blob))
    return found[0] ? extractCode(found[0].rawValue) : undefined
  } catch {
    return undefined
  }
}
