import { Text, View } from '@tarojs/components'
import './ConsentText.scss'

/** What a consent says, in the three parts the personal-information rules ask for. */
export type ConsentWording = { purpose: string; whoSees: string; withdraw: string }

export type ConsentTextProps = { title: string; wording: ConsentWording }

/** The parts in the order shown; `name` is the section's class modifier. */
const SECTIONS = [
  { name: 'purpose', title: '收集目的', part: 'purpose' },
  { name: 'who-sees', title: '谁能看到', part: 'whoSees' },
  { name: 'withdraw', title: '如何撤回', part: 'withdraw' },
] as const

/** A consent's text in a card: what the details are for, who sees them, how to withdraw. */
export function ConsentText({ title, wording }: ConsentTextProps) {
  return (
    <View className="card consent__text">
      <Text className="consent__title">{title}</Text>
      {SECTIONS.map((section) => (
        <View key={section.name} className={`consent__section consent__section--${section.name}`}>
          <Text className="consent__section-title">{section.title}</Text>
          <Text className="consent__section-text">{wording[section.part]}</Text>
        </View>
      ))}
    </View>
  )
}
