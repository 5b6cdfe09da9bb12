// The deployment's configuration is validated once, naming the setting at fault, and decides which
// services handlers get: WeChat's in the cloud, offline stand-ins on the local stack.
import { readConfig } from '../../server/kernel/config'
import { servicesFor } from '../../server/kernel/services'
import { localContentCheck, wechatContentCheck } from '../../server/services/content-check'
import { offlinePhoneNumbers, wechatPhoneNumbers } from '../../server/services/phone-number'
import { wechatMiniProgramLinks } from '../../server/services/mini-program-link'

const ENV = {
  APP_MODE: 'local',
  APP_H5_BASE_URL: 'http://127.0.0.1:8080',
  SHOP_CODE_KEYS: JSON.stringify({ '1': 'ab'.repeat(32) }),
  SHOP_CODE_KEY_VERSION: '1',
  MEMBER_DATA_KEY: 'cd'.repeat(32),
  WEB_SESSION_KEY: 'ef'.repeat(32),
}

it('reads a valid configuration, with the base URL ending in a slash', () => {
  const config = readConfig(ENV)
  expect(config).toMatchObject({ mode: 'local', h5BaseUrl: 'http://127.0.0.1:8080/' })
  expect(readConfig({ ...ENV, APP_MODE: undefined }).mode).toBe('cloud')
})

it.each([
  [{ APP_MODE: 'staging' }, 'APP_MODE'],
  [{ APP_H5_BASE_URL: undefined }, 'APP_H5_BASE_URL'],
  [{ APP_H5_BASE_URL: 'ftp://example.com' }, 'APP_H5_BASE_URL'],
  [{ SHOP_CODE_KEYS: undefined }, 'SHOP_CODE_KEYS'],
  [{ SHOP_CODE_KEY_VERSION: '2' }, 'SHOP_CODE_KEY_VERSION'],
  [{ MEMBER_DATA_KEY: 'short' }, 'MEMBER_DATA_KEY'],
  [{ WEB_SESSION_KEY: undefined }, 'WEB_SESSION_KEY'],
  [{ WEB_SESSION_KEY: 'ab'.repeat(8) }, 'WEB_SESSION_KEY'],
])('refuses %j, naming %s', (change, setting) => {
  expect(() => readConfig({ ...ENV, ...change })).toThrow(setting)
})

it('gives the local stack offline services and the cloud WeChat’s', async () => {
  const local = servicesFor(readConfig(ENV))
  expect(local.contentCheck).toBe(localContentCheck)
  expect(local.phoneNumbers).toBe(offlinePhoneNumbers)
  expect(local.codeImage.url('1ABCDEFGH')).toBe(
    'http://127.0.0.1:8080/#/pages/shop/index?code=1ABCDEFGH',
  )
  expect(await local.codeImage.image('1ABCDEFGH')).toMatch(/^data:image\/png;base64,/)
  expect(await local.miniProgramLinks.generate('wish/pages/detail/index', 'id=w1', 7)).toBe(
    'http://127.0.0.1:8080/urllink?path=wish%2Fpages%2Fdetail%2Findex&query=id%3Dw1',
  )
  const payload = local.shopCodes.sign('ABCDEFGH')
  expect(local.shopCodes.verify(payload)).toBe('ABCDEFGH')

  const cloud = servicesFor(readConfig({ ...ENV, APP_MODE: 'cloud' }))
  expect(cloud.contentCheck).toBe(wechatContentCheck)
  expect(cloud.phoneNumbers).toBe(wechatPhoneNumbers)
  expect(cloud.miniProgramLinks).toBe(wechatMiniProgramLinks)
  expect(cloud.shopCodes.verify(payload)).toBe('ABCDEFGH')
  // Persona sign-in exists only on the local stack: a cloud deployment refuses demo tokens.
  expect([local.acceptDemoTokens, cloud.acceptDemoTokens]).toEqual([true, false])
})
