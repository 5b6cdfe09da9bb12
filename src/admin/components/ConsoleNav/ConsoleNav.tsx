import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './ConsoleNav.scss'

export type ConsoleNavCard = {
  /** Modifier for tests and styling: `.console-nav__card--<name>`. */
  name: string
  title: string
  description: string
  url: string
  /** A number that needs attention (逾期投诉, 待审评价); shown when above zero. */
  count?: number
  countLabel?: string
}

export type ConsoleNavProps = { cards: ConsoleNavCard[] }

/** The console home's entries to its work areas, each with what is waiting there. */
export function ConsoleNav({ cards }: ConsoleNavProps) {
  return (
    <View className="console-nav">
      {cards.map((card) => (
        <View
          key={card.name}
          className={`console-nav__card console-nav__card--${card.name}`}
          onClick={() => Taro.navigateTo({ url: card.url })}
        >
          <View className="console-nav__head">
            <Text className="console-nav__title">{card.title}</Text>
            {card.count ? (
              <Text className="console-nav__count" data-count={card.count}>
                {card.countLabel ? `${card.countLabel} ` : ''}
                {card.count}
              </Text>
            ) : null}
          </View>
          <Text className="console-nav__description">{card.description}</Text>
        </View>
      ))}
    </View>
  )
}
