export const SHOP_CATEGORIES = [
  '餐饮',
  '服饰',
  '超市',
  '数码',
  '美容美发',
  '生活服务',
  '教育培训',
  '其他',
] as const

/** Honours the committee awards (党员示范店, 星级党员商户, 党员先锋岗). */
export const HONOURS = ['党员示范店', '星级党员商户', '党员先锋岗'] as const
