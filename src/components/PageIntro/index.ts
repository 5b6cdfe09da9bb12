export { PageIntro } from './PageIntro'
export type { PageIntroProps } from './PageIntro'
