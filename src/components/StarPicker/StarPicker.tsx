import { Text, View } from '@tarojs/components'
import './StarPicker.scss'

const STAR_LABELS = ['很差', '较差', '一般', '满意', '非常满意']

export type StarPickerProps = {
  value: number
  onChange: (stars: number) => void
  /** Block class for tests, e.g. `rate-stars` gives `.rate-stars__star`. */
  name: string
}

/** 1–5 stars to tap; shows what the chosen number means. */
export function StarPicker({ value, onChange, name }: StarPickerProps) {
  return (
    <View className={`star-picker ${name}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`star-picker__star ${name}__star${n <= value ? ' star-picker__star--on' : ''}`}
          data-value={n}
          onClick={() => onChange(n)}
        >
          {n <= value ? '★' : '☆'}
        </Text>
      ))}
      <Text className="star-picker__label">
        {value ? STAR_LABELS[value - 1] : '请点击星星打分'}
      </Text>
    </View>
  )
}
