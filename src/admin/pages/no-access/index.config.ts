export default definePageConfig({
  navigationBarTitleText: '没有权限',
})
