import { Text } from '@tarojs/components'
import {
  MEMBER_STATUS_LABELS,
  ROSTER_MATCH_LABELS,
  type MemberStatus,
  type RosterMatch,
} from '../../../../types/member'
import { StatusTag } from '../../../components/StatusTag'
import './MemberTags.scss'

export type MemberStatusTagProps = {
  status: MemberStatus
  /** Block class for tests, e.g. `member-detail__status` (also gets `--<status>`). */
  className?: string
}

/** Where a registration stands: 待审核, 已认证, 已退回… */
export function MemberStatusTag(props: MemberStatusTagProps) {
  return <StatusTag block="member-tag" labels={MEMBER_STATUS_LABELS} {...props} />
}

export type RosterMatchTagProps = {
  match: RosterMatch
  /** Block class for tests, e.g. `member-row__match` (also gets `--full|partial|none`). */
  className?: string
}

export type PhoneUnverifiedTagProps = {
  /** Block class for tests, e.g. `member-row__phone-unverified`. */
  className?: string
}

/**
 * 手机号未验证: the phone was typed, not shared from WeChat, so a roster match proves nothing and
 * 一键通过 leaves the registration for a person to check.
 */
export function PhoneUnverifiedTag({ className }: PhoneUnverifiedTagProps) {
  return (
    <Text className={`member-tag member-tag--unverified-phone${className ? ` ${className}` : ''}`}>
      手机号未验证
    </Text>
  )
}

/** How a registration compares with the imported roster (花名册). */
export function RosterMatchTag({ match, ...rest }: RosterMatchTagProps) {
  return <StatusTag block="roster-match" status={match} labels={ROSTER_MATCH_LABELS} {...rest} />
}
