import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { PageLinks, type PageLink } from '../PageLinks'
import './PageIntro.scss'

export type PageIntroProps = {
  /** Block class: `wish-pool` gives `.wish-pool__intro`, `__title`, `__hint`, `__actions`. */
  name: string
  title: string
  hint: ReactNode
  links?: readonly PageLink[]
}

/** The card a public list opens with: what the page is for and buttons to its tasks. */
export function PageIntro({ name, title, hint, links = [] }: PageIntroProps) {
  return (
    <View className={`card page-intro ${name}__intro`}>
      <Text className={`page-intro__title ${name}__title`}>{title}</Text>
      <Text className={`page-intro__hint ${name}__hint`}>{hint}</Text>
      {links.length ? (
        <View className={`page-intro__actions ${name}__actions`}>
          <PageLinks block={name} links={links} />
        </View>
      ) : null}
    </View>
  )
}
