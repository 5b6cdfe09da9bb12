import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './AdminPager.scss'

export type AdminPagerProps = {
  page: number
  pageSize: number
  total: number
  /** What is counted, e.g. 家 or 件. */
  unit: string
  onChange: (page: number) => void
}

/** 上一页 · 第 n / m 页 · 共 t 家 · 下一页, under a console table; nothing when it is empty. */
export function AdminPager({ page, pageSize, total, unit, onChange }: AdminPagerProps) {
  if (total <= 0) return null
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  return (
    <View className="admin-pager">
      <Button
        className="admin-pager__prev"
        size="small"
        disabled={page <= 1}
        onClick={() => onChange(page - 1)}
      >
        上一页
      </Button>
      <Text className="admin-pager__info">
        第 {page} / {pageCount} 页 · 共 {total} {unit}
      </Text>
      <Button
        className="admin-pager__next"
        size="small"
        disabled={page >= pageCount}
        onClick={() => onChange(page + 1)}
      >
        下一页
      </Button>
    </View>
  )
}
