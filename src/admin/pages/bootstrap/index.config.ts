export default definePageConfig({
  navigationBarTitleText: '启用管理后台',
})
