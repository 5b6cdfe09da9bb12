import { fileStack } from '../../support/stack'

const stack = fileStack({ seed: false })

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('rest of a tiny test image'),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 7)])

function upload(
  body: Buffer,
  contentType: string,
  token: string | null = stack.token('demo-shopper'),
) {
  return fetch(`${stack.url}storage/upload?folder=complaints`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new Uint8Array(body),
  })
}

it('stores an uploaded photo and serves back the identical bytes', async () => {
  const res = await upload(PNG, 'image/png')
  expect(res.status).toBe(200)
  const { ok, data } = await res.json()
  expect(ok).toBe(true)
  expect(data.fileId).toMatch(/^local:\/\/uploads\/[a-f0-9]{64}\.png$/)
  expect(data.url).toBe(data.fileId.replace('local://', '/storage/'))

  const back = await fetch(new URL(data.url, stack.url))
  expect(back.status).toBe(200)
  expect(back.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true)

  // The same photo twice is stored once, under the same id.
  const again = await (await upload(PNG, 'image/png')).json()
  expect(again.data.fileId).toBe(data.fileId)
  const jpeg = await (await upload(JPEG, 'image/jpeg')).json()
  expect(jpeg.data.fileId).toMatch(/\.jpg$/)
})

it('refuses non-images, disguised files, oversized photos and callers without a token', async () => {
  const text = await upload(Buffer.from('hello'), 'text/plain')
  expect(text.status).toBe(400)
  expect((await text.json()).error).toEqual({
    code: 'VALIDATION',
    message: '只能上传 JPG、PNG 或 WebP 图片',
  })
  const disguised = await upload(Buffer.from('<script>alert(1)</script>'), 'image/png')
  expect(disguised.status).toBe(400)
  expect((await disguised.json()).error.message).toBe('文件不是有效的图片')

  const big = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)])
  const tooBig = await upload(big, 'image/jpeg')
  expect(tooBig.status).toBe(413)
  expect((await tooBig.json()).error).toEqual({ code: 'VALIDATION', message: '照片不能超过 2 MB' })

  const anonymous = await upload(PNG, 'image/png', null)
  expect(anonymous.status).toBe(401)
  expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED')
  const forged = await upload(PNG, 'image/png', 'forged.token')
  expect(forged.status).toBe(401)
})

it('serves only stored names: no traversal, no other files', async () => {
  for (const path of [
    'storage/uploads/..%2F..%2Fgateway-secret',
    'storage/uploads/../gateway-secret',
    'storage/uploads/%2e%2e/%2e%2e/gateway-secret',
    `storage/uploads/${'a'.repeat(64)}.png`,
    'storage/uploads/',
  ]) {
    const res = await fetch(`${stack.url}${path}`)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toMatch(/^[a-f0-9]{64}$/)
  }
})
