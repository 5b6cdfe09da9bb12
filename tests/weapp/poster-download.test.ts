// The merchant's poster in the built mini-program: the shop function answers with a temporary URL
// into cloud storage, which the page downloads into the user data folder and opens (to print or share).
import path from 'node:path'
import { MiniSandbox, cannedCloud, findByClass, meReply, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const URL_OF_POSTER = 'https://env-1.tcb.qcloud.la/exports/20261205/ab12.pdf?sign=s&t=1'

it('downloads the poster from its URL and opens it as a PDF', async () => {
  const sandbox = new MiniSandbox(
    DIST,
    cannedCloud({
      'user.me': {
        ok: true,
        data: { ...meReply('user-1', '张志明', ['merchant']).data, shopIds: ['shop-001'] },
      },
      'shop.code': {
        ok: true,
        data: {
          code: '1ABCDEFGH',
          url: 'https://h5.example/#/pages/shop/index?code=1ABCDEFGH',
          imageDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        },
      },
      'shop.poster': {
        ok: true,
        data: {
          fileName: '老街口牛肉面-诚信二维码-A5.pdf',
          url: URL_OF_POSTER,
          expiresAt: '2026-12-05T08:00:00.000Z',
        },
      },
    }),
  )
  sandbox.launch()
  const page = sandbox.open('merchant/pages/shop-code/index', { shopId: 'shop-001' })
  await waitFor(
    () => findByClass(page.data.root, 'shop-code__poster--A5').length === 1,
    'the poster buttons',
  )
  sandbox.tap(page, findByClass(page.data.root, 'shop-code__poster--A5')[0])
  await waitFor(() => sandbox.callsOf('openDocument').length === 1, 'the opened document')

  const filePath = 'wxfile://usr/老街口牛肉面-诚信二维码-A5.pdf'
  expect(sandbox.callsOf('downloadFile')).toMatchObject([{ url: URL_OF_POSTER, filePath }])
  expect(sandbox.callsOf('openDocument')).toMatchObject([{ filePath, fileType: 'pdf' }])
})
