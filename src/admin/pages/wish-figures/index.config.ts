export default definePageConfig({
  navigationBarTitleText: '心愿数据',
})
