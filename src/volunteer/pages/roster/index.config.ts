export default definePageConfig({
  navigationBarTitleText: '名单与出勤',
})
