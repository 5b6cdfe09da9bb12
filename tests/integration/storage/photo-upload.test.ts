// The web app's photos: `user.uploadPhoto` takes a real JPEG, PNG or WebP of at most 700 KB from a
// signed-in person and stores it in cloud storage; `user.photoUrls` gives anyone a temporary URL
// for a stored photo, and for nothing else in storage.
import { fileStack } from '../../support/stack'

const stack = fileStack({ seed: false })

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('rest of a tiny test image'),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 7)])

const upload = (bytes: Buffer | string, folder = 'complaints', who: string | null = 'shopper') =>
  stack.http(who, 'user', {
    action: 'uploadPhoto',
    data: {
      folder,
      contentBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64'),
    },
  })

it('stores a photo and serves the identical bytes at its temporary URL', async () => {
  const res = await upload(PNG)
  expect(res.status).toBe(200)
  const { fileId } = res.body.data
  expect(fileId).toMatch(/^cloud:\/\/local\.local-bucket\/uploads\/complaints\/[a-f0-9]{64}\.png$/)

  const urls = await stack.http(null, 'user', { action: 'photoUrls', data: { fileIds: [fileId] } })
  expect(urls.status).toBe(200)
  const [photo] = urls.body.data.list
  expect(photo.fileId).toBe(fileId)
  expect(Date.parse(photo.expiresAt)).toBeGreaterThan(Date.now() + 60 * 60 * 1000)
  const back = await fetch(photo.url)
  expect(back.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true)

  // The same photo twice is stored once, under the same id; a JPEG keeps its own type.
  expect((await upload(PNG)).body.data.fileId).toBe(fileId)
  expect((await upload(JPEG, 'wishes')).body.data.fileId).toMatch(/\/uploads\/wishes\/.+\.jpg$/)
})

it('refuses what is no image, too large, in no photo folder, or from nobody, naming the field', async () => {
  const issues = async (res: Promise<{ status: number; body: any }>) => {
    const { status, body } = await res
    return [status, body.error?.issues]
  }
  expect(await issues(upload(Buffer.from('<script>alert(1)</script>')))).toEqual([
    400,
    [{ path: 'contentBase64', message: '只能上传 JPG、PNG 或 WebP 图片' }],
  ])
  expect(await issues(upload(Buffer.from('%PDF-1.7 not a photo')))).toEqual([
    400,
    [{ path: 'contentBase64', message: '只能上传 JPG、PNG 或 WebP 图片' }],
  ])
  const big = Buffer.concat([JPEG, Buffer.alloc(700 * 1024)])
  expect(await issues(upload(big))).toEqual([
    400,
    [{ path: 'contentBase64', message: '照片不能超过 700 KB' }],
  ])
  expect(await issues(upload('not base64!'))).toEqual([
    400,
    [{ path: 'contentBase64', message: '照片数据不正确' }],
  ])
  expect(await issues(upload(PNG, 'exports'))).toEqual([
    400,
    [{ path: 'folder', message: '照片用途不正确' }],
  ])
  expect((await upload(PNG, 'complaints', null)).status).toBe(401)
})

it('gives URLs for photos only: not for exports, nor for files that are gone', async () => {
  const poster = `cloud://local.local-bucket/exports/20261205/abc.pdf`
  const refused = await stack.http(null, 'user', {
    action: 'photoUrls',
    data: { fileIds: [poster] },
  })
  expect(refused.status).toBe(400)
  expect(refused.body.error.issues[0]).toEqual({ path: 'fileIds.0', message: '不是照片的地址' })

  const gone = 'cloud://local.local-bucket/uploads/shops/nothing-here.jpg'
  const res = await stack.http(null, 'user', { action: 'photoUrls', data: { fileIds: [gone] } })
  expect(res.body.data.list).toEqual([])
})
