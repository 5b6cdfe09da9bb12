import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type Role } from '../../../types/roles'
import './RoleTags.scss'

export type RoleTagsProps = { roles: readonly string[] }

/** A person's roles as tags, in Chinese. */
export function RoleTags({ roles }: RoleTagsProps) {
  return (
    <View className="role-tags">
      {roles.map((role) => (
        <Text key={role} className={`role-tag role-tag--${role}`}>
          {roleLabel(role)}
        </Text>
      ))}
    </View>
  )
}

/** The Chinese label of a role; unknown roles show as they are. */
export function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role
}
