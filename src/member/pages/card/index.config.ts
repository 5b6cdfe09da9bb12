export default definePageConfig({
  navigationBarTitleText: '我的党员卡',
})
