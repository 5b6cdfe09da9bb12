export default defineAppConfig({
  // The main package holds only what a scan and the home page need: the shop card opens first,
  // and everything else arrives as a subpackage, preloaded where the next tap is likely.
  pages: ['pages/index/index', 'pages/shop/index'],
  subPackages: [
    // What a shopper does after reading a card: rate, complain, follow a complaint, claim a shop.
    {
      root: 'shopper',
      pages: [
        'pages/rate/index',
        'pages/complain/index',
        'pages/complaints/index',
        'pages/complaint/index',
        'pages/claim/index',
      ],
    },
    // The signed-in person's own pages: 我的, messages and signing in.
    {
      root: 'account',
      pages: ['pages/me/index', 'pages/inbox/index', 'pages/login/index'],
    },
    // The committee console: shops, complaint supervision, held ratings. Desktop-usable on h5.
    {
      root: 'admin',
      pages: [
        'pages/dashboard/index',
        'pages/shops/index',
        'pages/shop-form/index',
        'pages/shop-import/index',
        'pages/complaints/index',
        'pages/complaint/index',
        'pages/ratings/index',
        'pages/orgs/index',
        'pages/members/index',
        'pages/member/index',
        'pages/coverage/index',
        'pages/card-check/index',
        'pages/wishes/index',
        'pages/wish/index',
        'pages/wish-figures/index',
        'pages/resources/index',
        'pages/projects/index',
        'pages/project/index',
        'pages/activities/index',
        'pages/activity-form/index',
        'pages/volunteer-figures/index',
        'pages/corrections/index',
        'pages/audit-log/index',
        'pages/web-login/index',
        'pages/bootstrap/index',
        'pages/no-access/index',
      ],
    },
    // 党员亮身份: consent, registration, the member card. Loaded only by people who register.
    {
      root: 'member',
      pages: ['pages/consent/index', 'pages/register/index', 'pages/card/index'],
    },
    // Merchants manage their shops here; kept out of the main package the scan path loads.
    {
      root: 'merchant',
      pages: [
        'pages/shops/index',
        'pages/shop-edit/index',
        'pages/shop-code/index',
        'pages/complaints/index',
      ],
    },
    // 微心愿 and 资源清单: the wish wall, submitting, claiming and fulfilling wishes, offers.
    {
      root: 'wish',
      pages: [
        'pages/pool/index',
        'pages/submit/index',
        'pages/detail/index',
        'pages/mine/index',
        'pages/resources/index',
        'pages/resource-form/index',
        'pages/project/index',
      ],
    },
    // 志愿服务: activities, sign-up, on-site check-in, the leader's code and roster, records and
    // certificates (the verification page is public, opened by a certificate's QR).
    {
      root: 'volunteer',
      pages: [
        'pages/activities/index',
        'pages/activity/index',
        'pages/consent/index',
        'pages/mine/index',
        'pages/check-in/index',
        'pages/code/index',
        'pages/roster/index',
        'pages/certificate/index',
      ],
    },
  ],
  // Fetched in the background while the card or home page is read, so the next tap opens at once.
  preloadRule: {
    'pages/shop/index': { network: 'all', packages: ['shopper'] },
    'pages/index/index': { network: 'all', packages: ['account'] },
  },
  // On-site check-in compares where the volunteer stands with the activity's place.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于志愿活动签到时确认您在活动地点附近，以及为活动选定地点' },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTitleText: '红色商圈',
    navigationBarTextStyle: 'white',
    // Explicit, so h5 draws the same bar (title, and back or home) that WeChat draws on weapp.
    navigationStyle: 'default',
    backgroundColor: '#F6F2F0',
  },
})
