export default definePageConfig({
  navigationBarTitleText: '党员登记审核',
})
