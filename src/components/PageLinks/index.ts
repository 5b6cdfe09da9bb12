export { PageLinks } from './PageLinks'
export type { PageLink, PageLinksProps } from './PageLinks'
