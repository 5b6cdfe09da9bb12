export default definePageConfig({
  navigationBarTitleText: '我的店铺',
})
