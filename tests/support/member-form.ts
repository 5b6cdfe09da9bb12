// The registration form a test member fills in; each test changes only what it is about.
export const MEMBER_FORM = {
  realName: '张三明',
  gender: '男',
  phone: '13812345678',
  joinedOn: '2015-07-01',
  standing: 'full',
  recordOrg: '泰安市泰山区财源街道党工委',
  transferred: false,
  floating: false,
  workShopId: 'shop-001',
  post: '店长',
  consent: true,
}
