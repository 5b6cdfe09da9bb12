export default definePageConfig({
  navigationBarTitleText: '党员覆盖情况',
})
