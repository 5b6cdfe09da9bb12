import { Text, View } from '@tarojs/components'
import { AUDIENCE_LABELS, type Audience } from '../../../../types/activity'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import type { RemoteData } from '../../../hooks/use-remote-data'

export type AudienceKind = Audience['kind']
/** The audience as chosen: the branch is picked separately, after 本支部党员. */
export type AudienceDraft = { kind: AudienceKind; orgId: string }

export type BranchOption = { orgId: string; name: string }

const KINDS: Choice<AudienceKind>[] = (['everyone', 'members', 'branch'] as const).map((value) => ({
  value,
  label: AUDIENCE_LABELS[value],
}))

/** What the server expects; a branch not yet picked is sent empty so its field is named. */
export function audienceOf(draft: AudienceDraft): Audience {
  return draft.kind === 'branch' ? { kind: 'branch', orgId: draft.orgId } : { kind: draft.kind }
}

export type AudienceFieldProps = {
  value: AudienceDraft
  onChange: (value: AudienceDraft) => void
  /** The branches this person may open an activity to: all for the committee, hers for a secretary. */
  branches: RemoteData<BranchOption[]>
}

/** 报名范围: everyone, Party members, or the members of one branch. */
export function AudienceField({ value, onChange, branches }: AudienceFieldProps) {
  const options = branches.data ?? []
  return (
    <View className="audience-field">
      <ChoiceChips
        name="activity-audience"
        choices={KINDS}
        value={value.kind}
        onChange={(kind) =>
          onChange({
            kind,
            // One branch to choose from: chosen already.
            orgId: value.orgId || (options.length === 1 ? options[0].orgId : ''),
          })
        }
      />
      {value.kind === 'branch' ? (
        <View className="audience-field__branches">
          {branches.loading ? <Text className="console-table__muted">正在加载党支部…</Text> : null}
          {branches.error ? (
            <Text className="console-table__alert">党支部加载失败：{branches.error.message}</Text>
          ) : null}
          {branches.data && !options.length ? (
            <Text className="console-table__muted">没有可选的党支部</Text>
          ) : null}
          {options.length ? (
            <ChoiceChips
              name="activity-branch"
              choices={options.map((b) => ({ value: b.orgId, label: b.name }))}
              value={value.orgId || undefined}
              onChange={(orgId) => onChange({ ...value, orgId })}
            />
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
