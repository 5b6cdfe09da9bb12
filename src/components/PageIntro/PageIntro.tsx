import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { LinkButton } from '../LinkButton'
import './PageIntro.scss'

/** A button in the intro that opens a page; `name` gives its class `${block}__${name}`. */
export type IntroLink = {
  name: string
  label: string
  url: string
  type?: 'primary'
  fill?: 'outline'
}

export type PageIntroProps = {
  /** Block class: `wish-pool` gives `.wish-pool__intro`, `__title`, `__hint`, `__actions`. */
  name: string
  title: string
  hint: ReactNode
  links?: readonly IntroLink[]
}

/** The card a public list opens with: what the page is for and buttons to its tasks. */
export function PageIntro({ name, title, hint, links = [] }: PageIntroProps) {
  return (
    <View className={`card page-intro ${name}__intro`}>
      <Text className={`page-intro__title ${name}__title`}>{title}</Text>
      <Text className={`page-intro__hint ${name}__hint`}>{hint}</Text>
      {links.length ? (
        <View className={`page-intro__actions ${name}__actions`}>
          {links.map(({ name: link, label, ...look }) => (
            // Only the look a link states is passed: NutUI's defaults give way to any prop given.
            <LinkButton key={link} className={`${name}__${link}`} size="small" {...look}>
              {label}
            </LinkButton>
          ))}
        </View>
      ) : null}
    </View>
  )
}
