// `npm run setup -- --name <商圈名称> --committee <党委名称>`: the first run of a new CloudBase
// environment, after `npm run deploy`. Creates the district and its committee's root organisation
// (once), then prints a one-time 启用码: the first person to enter it in the mini-program (我的 ›
// 启用管理后台) becomes the committee's admin. Once there is an admin it prints none: admins appoint
// admins in the console. Needs TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY.
import { parseArgs } from 'node:util'
import tcb from '@cloudbase/node-sdk'
import { setUpDistrict } from '../server/domain/setup'
import { formatShanghai } from '../types/shanghai-time'
import { runMain } from '../local-cloud/run-cli'

async function main() {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, committee: { type: 'string' } },
  })
  const {
    TCB_ENV_ID: env,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  } = process.env
  const missing = [
    ...(values.name ? [] : ['--name']),
    ...(values.committee ? [] : ['--committee']),
    ...(env ? [] : ['TCB_ENV_ID']),
    ...(secretId ? [] : ['TENCENTCLOUD_SECRETID']),
    ...(secretKey ? [] : ['TENCENTCLOUD_SECRETKEY']),
  ]
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`)
  const db = tcb.init({ env, secretId, secretKey }).database()
  const result = await setUpDistrict(db, { name: values.name!, committeeName: values.committee! })
  console.log(result.created ? `已创建商圈：${values.name}` : '商圈已存在，未改动')
  if (!result.code) {
    console.log('已有商圈党委管理员：请由管理员在管理后台“用户与角色”中任命新的管理员。')
    return
  }
  console.log(`\n启用码：${result.code}`)
  console.log(`有效期至：${formatShanghai(result.expiresAt!)}（北京时间），仅可使用一次。`)
  console.log('请第一位管理员在小程序“我的 › 启用管理后台”中输入此码。')
}

runMain(main)
