import { imageTypeOf } from '../../server/services/image-type'

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  )

it.each([
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF rest'), 'jpg'],
  ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR rest'), 'png'],
  ['WebP', bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 rest'), 'webp'],
])('knows a %s by its first bytes', (_, file, ext) => {
  expect(imageTypeOf(file)?.ext).toBe(ext)
})

it.each([
  ['text', bytes('hello world, not a photo')],
  ['a script named .png', bytes('<script>alert(1)</script>')],
  ['a PDF', bytes('%PDF-1.7\n')],
  ['a GIF', bytes('GIF89a rest of it')],
  ['a RIFF that is no WebP (WAV)', bytes('RIFF', [0x10, 0, 0, 0], 'WAVEfmt rest')],
  ['half a PNG signature', bytes([0x89, 0x50, 0x4e, 0x47])],
  ['two JPEG bytes', bytes([0xff, 0xd8])],
  ['nothing', Buffer.alloc(0)],
])('refuses %s', (_, file) => {
  expect(imageTypeOf(file)).toBeNull()
})
