// The committee imports its roster on the members page and approves in one pass every pending
// registration that agrees with it in full; the pass runs in batches the page follows to the end.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeRosterSheet } from '../../server/services/member-sheet'
import { expectText, openAs } from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack(DESKTOP)

let tmpDir: string
beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbd-roster-import-'))
})
afterAll(() => {
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true })
})

it('imports a roster, reports the refused row, and approves the matched registration', async () => {
  const { page } = env.browser
  const file = path.join(tmpDir, '花名册.xlsx')
  fs.writeFileSync(
    file,
    await writeRosterSheet([
      {
        realName: '王小军',
        phone: '13900002001',
        joinedOn: '2014-07-01',
        recordOrg: '泰安市岱岳区粥店街道党工委',
      },
      { realName: '孙悟空', phone: '1381234', joinedOn: '', recordOrg: '花果山党支部' },
    ]),
  )
  await openAs(page, env.stack.url, '王建国', 'admin/pages/members/index')
  await page.locator('.roster-import__input').setInputFiles(file)
  await expectText(page.locator('.roster-import__file'), '花名册.xlsx')
  await page.locator('.roster-import__submit').click()
  await expectText(
    page.locator('.roster-report__summary'),
    '导入 1 条，拒绝 1 条，匹配待审登记 1 条',
  )

  await page.locator('.roster-import__approve-matched').click()
  await expectText(page.locator('.taro-modal__title'), '一键通过')
  await page.locator('.taro-model__confirm').click()
  await expectText(page.locator('.roster-import__approved'), '已通过 1 条')

  const queue = await env.stack.http('demo-admin', 'member', {
    action: 'queue',
    data: { status: 'verified', q: '13900002001' },
  })
  expect(queue.body.data.list.map((m: { realName: string }) => m.realName)).toEqual(['王小军'])
})
