export { PageIntro } from './PageIntro'
export type { IntroLink, PageIntroProps } from './PageIntro'
