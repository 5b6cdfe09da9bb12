// A QR code as a PNG, encoded here from qrcode's module matrix: qrcode's own PNG renderer (pngjs)
// takes about a second per image inside jest's module sandbox, so a 200-shop poster part drawn in
// the integration tests would overrun the function's time limit on code images alone. Grey-scale,
// unfiltered rows, one deflate: a few milliseconds anywhere.
import zlib from 'node:zlib'
import QRCode from 'qrcode'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** `text` as a black-on-white QR code PNG about `width` pixels wide, with a 2-module margin. */
export function qrPng(text: string, width = 480): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const margin = 2
  const cells = modules.size + 2 * margin
  const scale = Math.max(4, Math.round(width / cells))
  const side = cells * scale
  const stride = side + 1 // a filter byte (0: none) before each row
  const raw = Buffer.alloc(stride * side, 0xff)
  for (let y = 0; y < side; y++) {
    raw[y * stride] = 0
    const row = Math.floor(y / scale) - margin
    if (row < 0 || row >= modules.size) continue
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      const start = y * stride + 1 + (col + margin) * scale
      raw.fill(0, start, start + scale)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // grey-scale; compression, filter and interlace methods stay 0
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
