export default definePageConfig({
  navigationBarTitleText: '认领店铺',
})
