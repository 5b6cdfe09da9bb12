// Choosing what to put into a project: wishes from the queue (open, in hand or all) or approved
// resources, several at a time, leaving out what is already in it.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { WISH_STATUSES } from '../../../../types/wish'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FilterChips, type FilterRow } from '../../../components/FilterChips'
import { FormField } from '../../../components/FormField'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import type { ProjectView } from '../../../../types/project'
import { ActionForm } from '../ActionForm'

export type ProjectAttachProps = {
  project: ProjectView
  what: 'wishes' | 'resources'
  onAttached: (next: ProjectView) => void
  onCancel: () => void
}

type WishView = 'open' | 'claimed' | 'pending'
const WISH_VIEWS: FilterRow<WishView> = {
  name: 'attach-wish-view',
  options: [
    { value: 'open', label: '待认领' },
    { value: 'claimed', label: '进行中' },
    { value: 'pending', label: '待审核' },
    { value: undefined, label: '全部' },
  ],
}

const PICK_LIMIT = 50

export function ProjectAttach({ project, what, onAttached, onCancel }: ProjectAttachProps) {
  const [view, setView] = useState<WishView | undefined>('open')
  const [chosen, setChosen] = useState<string[]>([])
  const candidates = useRemoteData(async () => {
    if (what === 'resources') {
      const attached = new Set(project.resources.map((r) => r.resourceId))
      const page = await api.resource.queue({ status: 'approved', pageSize: PICK_LIMIT })
      return page.list
        .filter((r) => !attached.has(r.resourceId))
        .map((r) => ({ value: r.resourceId, label: r.title }))
    }
    const attached = new Set(project.wishes.map((w) => w.wishId))
    const page = await api.wish.queue({ view: view ?? 'all', pageSize: PICK_LIMIT })
    return page.list
      .filter((w) => !attached.has(w.wishId))
      .map((w) => ({ value: w.wishId, label: `${w.title}（${WISH_STATUSES[w.status]}）` }))
  }, [what, view, project])
  const attach = useAction(api.project.attach)

  const submit = async () => {
    if (!chosen.length) {
      return attach.setFieldErrors({ picked: what === 'wishes' ? '请选择心愿' : '请选择资源' })
    }
    const next = await attach.run({
      projectId: project.projectId,
      wishIds: what === 'wishes' ? chosen : [],
      resourceIds: what === 'resources' ? chosen : [],
    })
    if (next) onAttached(next)
  }

  const error =
    attach.fieldErrors.picked ?? attach.fieldErrors.wishIds ?? attach.fieldErrors.resourceIds

  return (
    <ActionForm
      className="project-attach"
      action={attach}
      submitLabel={`纳入项目${chosen.length ? `（${chosen.length}）` : ''}`}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {what === 'wishes' ? (
        <FilterChips
          {...WISH_VIEWS}
          value={view}
          onChange={(next) => {
            setView(next)
            setChosen([])
          }}
        />
      ) : null}
      <FormField name="picked" error={error}>
        {candidates.loading ? <Text className="console-table__muted">加载中…</Text> : null}
        {candidates.error ? (
          <Text className="console-table__muted">{candidates.error.message}</Text>
        ) : null}
        {candidates.data && !candidates.data.length ? (
          <Text className="console-table__muted">
            没有可以纳入的{what === 'wishes' ? '心愿' : '资源'}
          </Text>
        ) : null}
        {candidates.data?.length ? (
          <ChoiceChips
            multiple
            name="project-attach-choice"
            choices={candidates.data}
            value={chosen}
            onChange={setChosen}
          />
        ) : null}
      </FormField>
    </ActionForm>
  )
}
