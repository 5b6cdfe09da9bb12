import { LinkButton } from '../LinkButton'

/** A small button that opens a page; `name` gives its class `${block}__${name}`. */
export type PageLink = {
  name: string
  label: string
  url: string
  type?: 'primary'
  fill?: 'outline'
}

export type PageLinksProps = {
  /** Block class of the page: `wish-pool` and `submit` give `.wish-pool__submit`. */
  block: string
  links: readonly PageLink[]
}

/** The buttons to a page's tasks (许个心愿, 我的心愿, 发布资源…), stated as data. */
export function PageLinks({ block, links }: PageLinksProps) {
  return (
    <>
      {links.map(({ name, label, ...look }) => (
        // Only the look a link states is passed: NutUI's defaults give way to any prop given.
        <LinkButton key={name} className={`${block}__${name}`} size="small" {...look}>
          {label}
        </LinkButton>
      ))}
    </>
  )
}
