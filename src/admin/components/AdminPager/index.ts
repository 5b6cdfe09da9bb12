export { AdminPager } from './AdminPager'
export type { AdminPagerProps } from './AdminPager'
