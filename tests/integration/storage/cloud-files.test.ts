// ctx.services.files through the real SDK against the local endpoint's storage: what is put can be
// fetched back by its temporary URL until that URL expires, and is gone once removed.
import { cloudFiles } from '../../../server/services/files'
import { fileEndpoint } from '../../support/local-endpoint'

const { local } = fileEndpoint('files')

beforeAll(() => {
  // cloudApp() binds to TCB_ENV when first used: this file's env.
  process.env.TCB_ENV = local.env
})

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 0x20)])

it('puts a file, serves its bytes at a temporary URL, reads it back and removes it', async () => {
  const fileId = await cloudFiles.put('exports/test/one.pdf', PDF)
  expect(fileId).toBe(`cloud://${local.env}.local-bucket/exports/test/one.pdf`)

  const before = Date.now()
  const { url, expiresAt } = await cloudFiles.tempUrl(fileId, 600)
  expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + 599_000)
  const res = await fetch(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true)

  expect((await cloudFiles.read(fileId)).equals(PDF)).toBe(true)

  await cloudFiles.remove([fileId])
  expect((await fetch(url)).status).toBe(404)
  expect((await cloudFiles.tempUrls([fileId], 600)).size).toBe(0)
  await expect(cloudFiles.tempUrl(fileId, 600)).rejects.toThrow('no such file')
  // Removing what is gone is no error (a sweep may meet a file already deleted).
  await cloudFiles.remove([fileId])
})

it('refuses an expired or edited temporary URL', async () => {
  const fileId = await cloudFiles.put('exports/test/short.pdf', PDF)
  const { url } = await cloudFiles.tempUrl(fileId, 1)
  expect((await fetch(url)).status).toBe(200)

  const edited = url.replace(/t=(\d+)/, (_, t) => `t=${Number(t) + 3600}`)
  const forged = await fetch(edited)
  expect(forged.status).toBe(403)
  expect(await forged.text()).toContain('<Code>AccessDenied</Code>')

  await new Promise((resolve) => setTimeout(resolve, 2100))
  const late = await fetch(url)
  expect(late.status).toBe(403)
  expect(await late.text()).toContain('Request has expired')
})

it('refuses an upload whose signature does not match, and paths outside the bucket', async () => {
  const meta = await local.endpoint.handle(
    { action: 'storage.getUploadMetadata', path: 'uploads/x.png', method: 'put' },
    local.env,
  )
  const { url } = (meta as { data: { url: string } }).data
  const put = await fetch(url, {
    method: 'PUT',
    headers: { authorization: `local-sign-time=9999999999;sig=${'0'.repeat(64)}` },
    body: 'x',
  })
  expect(put.status).toBe(403)
  expect(await put.text()).toContain('SignatureDoesNotMatch')

  const traversal = await local.endpoint.handle(
    { action: 'storage.getUploadMetadata', path: '../secret', method: 'put' },
    local.env,
  )
  expect(traversal.code).toBe('INVALID_PARAM')
  const base = local.url.replace(/\/admin$/, '')
  const outside = await fetch(`${base}/storage/file/${local.env}/..%2F..%2Fendpoint-api-key.secret`)
  expect(outside.status).toBe(404)
  expect(await outside.text()).toContain('NoSuchKey')
})
