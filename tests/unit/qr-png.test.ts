import zlib from 'node:zlib'
import QRCode from 'qrcode'
import { qrPng } from '../../server/services/qr-png'

it('draws the QR code’s modules as a grey-scale PNG about the asked width', () => {
  const text = 'http://127.0.0.1:8080/#/pages/shop/index?code=1ABCDEFGH'
  const png = qrPng(text)
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  const side = png.readUInt32BE(16)
  expect(png.readUInt32BE(20)).toBe(side)
  expect(Math.abs(side - 480)).toBeLessThan(40)

  // Every module of the code, read back from the pixels at its centre.
  const idatLength = png.readUInt32BE(33)
  expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT')
  const raw = zlib.inflateSync(png.subarray(41, 41 + idatLength))
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const scale = side / (modules.size + 4)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      const y = Math.floor((row + 2.5) * scale)
      const x = Math.floor((col + 2.5) * scale)
      expect(raw[y * (side + 1) + 1 + x]).toBe(modules.get(row, col) ? 0 : 255)
    }
  }
  // The margin is white.
  expect(raw[1]).toBe(255)
})
