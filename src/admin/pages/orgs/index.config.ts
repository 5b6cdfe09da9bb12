export default definePageConfig({ navigationBarTitleText: '党组织架构' })
