// A code whose payload was edited, or that was never ours, gets the refusal page — not a crash and
// not some other shop's card. The genuine code is opened first so the test can tell them apart.
import { expectCount, expectText, openRoute } from '../support/browser'
import { browserStack, failOnPageErrors } from '../support/browser-stack'

const env = browserStack()
failOnPageErrors(env)

/** The payload with one character changed, at the given position from the end. */
function edited(code: string, fromEnd: number): string {
  const i = code.length - fromEnd
  const swapped = code[i] === 'A' ? 'B' : 'A'
  return code.slice(0, i) + swapped + code.slice(i + 1)
}

it('opens the card for the genuine code and refuses edited or foreign ones', async () => {
  const { page } = env.browser
  const res = await env.stack.http('demo-admin', 'shop', {
    action: 'code',
    data: { shopId: 'shop-002' },
  })
  expect(res.body).toMatchObject({ ok: true })
  const code: string = res.body.data.code

  await openRoute(page, env.stack.url, `pages/shop/index?code=${encodeURIComponent(code)}`)
  await page.locator('.shop-card__name').waitFor()
  await expectCount(page.locator('.forged-code'), 0)

  const forgeries = [
    edited(code, 1), // the signature
    edited(code, code.length), // the key version / first character
    code.slice(0, -1), // truncated
    `${code}0`, // extended
    'garbage',
    'x'.repeat(80), // longer than any code: refused by the schema
  ]
  for (const forged of forgeries) {
    await openRoute(page, env.stack.url, `pages/shop/index?code=${encodeURIComponent(forged)}`)
    await expectText(page.locator('.forged-code__title'), '二维码无效')
    await expectCount(page.locator('.shop-card__name'), 0)
    await expectText(page.locator('.forged-code__home'), '返回商圈首页')
  }

  await page.locator('.forged-code__home').click()
  await page.waitForURL(/pages\/index\/index/)
})
