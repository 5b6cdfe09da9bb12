import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Integrity } from '../../../types/integrity'
import { BASE_SCORE, INTEGRITY_LEVEL_LABELS } from '../../../types/plain/integrity'
import './IntegrityBadge.scss'

/** ★★★☆☆ for 3 of 5. */
export function starText(stars: number, of = 5): string {
  const full = Math.max(0, Math.min(of, Math.round(stars)))
  return '★'.repeat(full) + '☆'.repeat(of - full)
}

export type IntegrityBadgeProps = {
  integrity: Integrity
  /** Offers “评分依据” that unfolds the reasons, one line per rule that applied. */
  withReasons?: boolean
}

/** A shop's integrity (诚信档案): stars, score and the green/yellow/red level with its label. */
export function IntegrityBadge({ integrity, withReasons = false }: IntegrityBadgeProps) {
  const [open, setOpen] = useState(false)
  return (
    <View className="integrity" data-level={integrity.level}>
      <View className="integrity__row">
        <Text className="integrity__stars" data-stars={integrity.stars}>
          {starText(integrity.stars)}
        </Text>
        <Text className="integrity__score">{integrity.score}</Text>
        <Text className="integrity__unit">分</Text>
        <Text className={`integrity-badge integrity-badge--${integrity.level}`}>
          {INTEGRITY_LEVEL_LABELS[integrity.level]}
        </Text>
      </View>
      {withReasons ? (
        <View className="integrity__reasons">
          <Text className="integrity__toggle" onClick={() => setOpen(!open)}>
            {open ? '收起评分依据' : '查看评分依据'}
          </Text>
          {open ? (
            <View className="integrity__reason-list">
              <Text className="integrity__reason">基础分 {BASE_SCORE}</Text>
              {integrity.reasons.map((reason) => (
                <Text key={reason} className="integrity__reason">
                  {reason}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

export type LevelDotProps = { level: Integrity['level'] }

/** A small coloured dot for lists, with the level's label for screen readers and tests. */
export function LevelDot({ level }: LevelDotProps) {
  return (
    <Text
      className={`level-dot level-dot--${level}`}
      aria-label={INTEGRITY_LEVEL_LABELS[level]}
      data-level={level}
    />
  )
}
