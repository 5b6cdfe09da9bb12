export default definePageConfig({
  navigationBarTitleText: '商圈党委管理后台',
})
