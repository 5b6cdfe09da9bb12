export default definePageConfig({
  navigationBarTitleText: '导入店铺',
})
