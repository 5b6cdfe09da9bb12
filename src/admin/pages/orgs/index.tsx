import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import {
  CHILD_LEVELS,
  ORG_LEVEL_LABELS,
  OrgKind,
  OrgLevel,
  type OrgNode,
} from '../../../../types/org'
import { ConsoleShell } from '../../components/ConsoleShell'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { FormField } from '../../../components/FormField'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { getOrgTree } from '../../../services/org'
import { api } from '../../../services/call-function'
import { ActionForm } from '../../components/ActionForm'
import { AdminPanel } from '../../components/AdminPanel'
import { FilterBar } from '../../components/FilterBar'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type PanelKind = 'child' | 'secretary' | 'shops'
type Panel = { kind: PanelKind; org: OrgNode }

/** What can be done with an organisation, and where it applies. */
const PANELS: {
  kind: PanelKind
  name: string
  label: string
  offered: (org: OrgNode) => boolean
}[] = [
  {
    kind: 'child',
    name: 'add-child',
    label: '新建下级',
    offered: (org) => CHILD_LEVELS[org.level].length > 0,
  },
  {
    kind: 'secretary',
    name: 'secretary',
    label: '任命书记',
    offered: (org) => org.level !== 'street',
  },
  {
    kind: 'shops',
    name: 'shops',
    label: '关联店铺',
    offered: (org) => org.level === 'branch' || org.level === 'general',
  },
]

/** The tree in display order: each organisation followed by its children, with its depth. */
function ordered(list: OrgNode[]): { org: OrgNode; depth: number }[] {
  const children = (parentId: string | null) => list.filter((o) => o.parentId === parentId)
  const walk = (org: OrgNode, depth: number): { org: OrgNode; depth: number }[] => [
    { org, depth },
    ...children(org.orgId).flatMap((c) => walk(c, depth + 1)),
  ]
  return children(null).flatMap((root) => walk(root, 0))
}

export default function OrgTreePage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.orgs)
  const tree = useRemoteData(getOrgTree, [], signedIn)
  const [panel, setPanel] = useState<Panel>()
  const done = () => {
    setPanel(undefined)
    tree.reload()
  }

  if (!signedIn) return <ConsoleShell className="org-tree" />

  return (
    <ConsoleShell className="org-tree">
      <Text className="section__title">党组织架构</Text>
      <View className="section card">
        <LoadStates loaded={tree} />
        {tree.data && tree.data.length === 0 ? <EmptyState text="还没有党组织" /> : null}
        {ordered(tree.data ?? []).map(({ org, depth }) => (
          <View
            key={org.orgId}
            className="org-tree__node"
            data-org-id={org.orgId}
            style={{ paddingLeft: `${depth * 24}px` }}
          >
            <View className="org-tree__main">
              <Text className="org-tree__name">{org.name}</Text>
              <Text className="org-tree__meta">
                {ORG_LEVEL_LABELS[org.level]}
                {org.kind ? ` · ${org.kind}` : ''} · 书记：{org.secretary?.nickname ?? '未任命'} ·
                覆盖店铺 {org.shopIds.length} 家
              </Text>
            </View>
            <View className="console-actions">
              {PANELS.filter((panel) => panel.offered(org)).map((panel) => (
                <Button
                  key={panel.kind}
                  className={`org-tree__${panel.name}`}
                  size="small"
                  onClick={() => setPanel({ kind: panel.kind, org })}
                >
                  {panel.label}
                </Button>
              ))}
            </View>
          </View>
        ))}
      </View>
      {panel?.kind === 'child' ? (
        <ChildOrgPanel parent={panel.org} onClose={() => setPanel(undefined)} onDone={done} />
      ) : null}
      {panel?.kind === 'secretary' ? (
        <SecretaryPanel org={panel.org} onClose={() => setPanel(undefined)} onDone={done} />
      ) : null}
      {panel?.kind === 'shops' ? (
        <ShopsPanel org={panel.org} onClose={() => setPanel(undefined)} onDone={done} />
      ) : null}
    </ConsoleShell>
  )
}

type PanelProps = { onClose: () => void; onDone: () => void }

const NAME_FIELD: FieldSpec = {
  name: 'name',
  label: '名称',
  className: 'child-org-panel__name',
  placeholder: '如：服装城党支部',
  required: true,
}
/** The levels offered depend on the parent's. */
const LEVEL_CHOICE = { name: 'level', label: '层级', required: true, chips: 'org-level-choice' }
const KIND_CHOICE: ChoiceSpec<OrgKind> = {
  name: 'kind',
  label: '组建方式',
  required: true,
  chips: 'org-kind-choice',
  choices: OrgKind.options.map((value) => ({ value, label: value })),
}

function ChildOrgPanel({ parent, onClose, onDone }: PanelProps & { parent: OrgNode }) {
  const levels = CHILD_LEVELS[parent.level]
  const form = useFieldValues({ name: '' })
  const [level, setLevel] = useState<OrgLevel>(levels[0])
  const [kind, setKind] = useState<OrgKind>()
  const create = useAction(api.org.create)
  const needsKind = level === 'general' || level === 'branch'

  const submit = async () => {
    const created = await create.run({
      parentId: parent.orgId,
      ...form.values,
      level,
      kind: needsKind ? kind : undefined,
    })
    if (!created) return
    Taro.showToast({ title: '已新建', icon: 'success' })
    onDone()
  }

  return (
    <AdminPanel
      name="child-org-panel"
      title="新建下级组织"
      subtitle={parent.name}
      onClose={onClose}
    >
      <ActionForm
        className="child-org-form"
        action={create}
        submitLabel="新建"
        submitClassName="child-org-panel__submit"
        onSubmit={submit}
      >
        <FormFields fields={[NAME_FIELD]} form={form} errors={create.fieldErrors} />
        <ChoiceField
          spec={{
            ...LEVEL_CHOICE,
            choices: levels.map((value) => ({ value, label: ORG_LEVEL_LABELS[value] })),
          }}
          value={level}
          onChange={setLevel}
          errors={create.fieldErrors}
        />
        {needsKind ? (
          <ChoiceField
            spec={KIND_CHOICE}
            value={kind}
            onChange={setKind}
            errors={create.fieldErrors}
          />
        ) : null}
      </ActionForm>
    </AdminPanel>
  )
}

function SecretaryPanel({ org, onClose, onDone }: PanelProps & { org: OrgNode }) {
  const members = useRemoteData(() => api.user.list({ role: 'member', pageSize: 50 }), [])
  const appoint = useAction(api.org.setSecretary)
  const choose = async (userId: string | null) => {
    if (!(await appoint.run({ orgId: org.orgId, userId }))) return
    Taro.showToast({ title: userId ? '已任命' : '已撤销', icon: 'success' })
    onDone()
  }
  return (
    <AdminPanel name="secretary-panel" title="任命书记" subtitle={org.name} onClose={onClose}>
      <Text className="org-tree__meta">从已核实的党员中选择；原书记的书记身份随之收回。</Text>
      <LoadStates loaded={members} />
      <View className="choice-chips">
        {members.data?.list.map((user) => (
          <Text
            key={user.userId}
            className={`choice-chip secretary-panel__member${org.secretary?.userId === user.userId ? ' choice-chip--active' : ''}`}
            onClick={() => choose(user.userId)}
          >
            {user.nickname}
          </Text>
        ))}
      </View>
      {org.secretary ? (
        <View className="admin-panel__actions">
          <Button className="secretary-panel__remove" size="small" onClick={() => choose(null)}>
            撤销现任书记
          </Button>
        </View>
      ) : null}
    </AdminPanel>
  )
}

/**
 * The shops a branch covers: search the district's shops and tick them. Ticks on shops outside the
 * current search stay; saving replaces the branch's list (a shop moves from its previous branch).
 */
function ShopsPanel({ org, onClose, onDone }: PanelProps & { org: OrgNode }) {
  const [selected, setSelected] = useState<string[]>(org.shopIds)
  const [keyword, setKeyword] = useState('')
  const shops = useRemoteData(
    () => api.shop.list({ keyword: keyword || undefined, pageSize: 50 }),
    [keyword],
  )
  const link = useAction(api.org.linkShops)
  const shown = shops.data?.list.map((shop) => shop.shopId) ?? []
  const save = async () => {
    if (!(await link.run({ orgId: org.orgId, shopIds: selected }))) return
    Taro.showToast({ title: '已保存', icon: 'success' })
    onDone()
  }
  return (
    <AdminPanel name="shops-panel" title="关联店铺" subtitle={org.name} onClose={onClose}>
      <FilterBar search={{ name: 'shops-panel', placeholder: '店铺名称', onSearch: setKeyword }} />
      <LoadStates loaded={shops} />
      {shops.data?.list.length === 0 ? <EmptyState text="没有找到店铺" /> : null}
      <ActionForm
        className="shops-form"
        action={link}
        submitLabel="保存"
        submitClassName="shops-panel__save"
        onSubmit={save}
        aside={<Text className="shops-panel__count">已选 {selected.length} 家</Text>}
      >
        <FormField name="shopIds" error={link.error?.message}>
          <ChoiceChips
            multiple
            name="shops-panel__shop"
            choices={
              shops.data?.list.map((shop) => ({ value: shop.shopId, label: shop.name })) ?? []
            }
            value={selected.filter((id) => shown.includes(id))}
            onChange={(picked) =>
              setSelected([...selected.filter((id) => !shown.includes(id)), ...picked])
            }
          />
        </FormField>
      </ActionForm>
    </AdminPanel>
  )
}
