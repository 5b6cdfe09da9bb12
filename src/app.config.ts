export default defineAppConfig({
  // The main package holds what a shopper needs right after scanning a shop's code.
  pages: ['pages/index/index', 'pages/shop/index', 'pages/login/index', 'pages/me/index'],
  subPackages: [{ root: 'admin', pages: ['pages/dashboard/index'] }],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTitleText: '红色商圈',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F6F2F0',
  },
})
