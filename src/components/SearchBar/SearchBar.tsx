import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'

export type SearchBarProps = {
  /** Classes of the bar, its text box and its button, for layout and tests. */
  className: string
  inputClassName: string
  buttonClassName: string
  placeholder: string
  maxLength?: number
  /** Called with the trimmed text when the person taps 搜索 or confirms on the keyboard. */
  onSearch: (text: string) => void
  /** More controls at the end of the bar (e.g. 扫码). */
  children?: ReactNode
}

/** A text box and a 搜索 button; the text is searched for only when asked. */
export function SearchBar(props: SearchBarProps) {
  const { className, inputClassName, buttonClassName, placeholder, maxLength = 30 } = props
  const [draft, setDraft] = useState('')
  const search = () => props.onSearch(draft.trim())
  return (
    <View className={className}>
      <Input
        className={inputClassName}
        placeholder={placeholder}
        value={draft}
        maxLength={maxLength}
        confirmType="search"
        onChange={setDraft}
        onConfirm={search}
      />
      <Button className={buttonClassName} type="primary" size="small" onClick={search}>
        搜索
      </Button>
      {props.children}
    </View>
  )
}
