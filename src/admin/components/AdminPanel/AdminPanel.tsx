import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './AdminPanel.scss'

export type AdminPanelProps = {
  /** Block class for tests and styling, e.g. `claim-code-panel`. */
  name: string
  title: string
  /** The shop or complaint the panel acts on, under the title. */
  subtitle?: string
  onClose: () => void
  children: ReactNode
}

/** A centred panel over the page for one action on one row (认领码, 荣誉, 停业…). */
export function AdminPanel({ name, title, subtitle, onClose, children }: AdminPanelProps) {
  return (
    <View className="admin-panel__mask" onClick={onClose}>
      <View className={`admin-panel ${name}`} onClick={(e) => e.stopPropagation()}>
        <View className="admin-panel__head">
          <View className="admin-panel__titles">
            <Text className="admin-panel__title">{title}</Text>
            {subtitle ? <Text className="admin-panel__subtitle">{subtitle}</Text> : null}
          </View>
          <Text className="admin-panel__close" onClick={onClose}>
            ✕
          </Text>
        </View>
        <View className="admin-panel__body">{children}</View>
      </View>
    </View>
  )
}
