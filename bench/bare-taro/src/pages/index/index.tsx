import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

// The yardstick: fetch one JSON and show one line of it. The h5 bench serves `/bare.json` beside
// this build; the weapp build of the same page is only weighed, never run.
export default function Index() {
  const [name, setName] = useState('')
  useEffect(() => {
    Taro.request<{ name: string }>({ url: '/bare.json' }).then((res) => setName(res.data.name))
  }, [])
  return (
    <View>
      <Text className="bare-name">{name}</Text>
    </View>
  )
}
