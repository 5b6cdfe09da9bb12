export default definePageConfig({
  navigationBarTitleText: '红色商圈',
})
