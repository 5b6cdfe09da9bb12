export default definePageConfig({
  navigationBarTitleText: '核验党员卡',
})
