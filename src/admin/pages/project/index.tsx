import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { WISH_CATEGORIES } from '../../../../types/wish'
import { FigureTiles, projectTiles } from '../../../components/FigureTiles'
import { ConsoleShell } from '../../components/ConsoleShell'
import { ErrorState, LoadStates } from '../../../components/StateViews'
import { holderLabel } from '../../../components/WishCard'
import { WishStatusTag } from '../../../components/WishStatusTag'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import type { ProjectView } from '../../../../types/project'
import { AdminPanel } from '../../components/AdminPanel'
import { ProjectAttach } from '../../components/ProjectAttach'
import { ProjectForm } from '../../components/ProjectForm'
import { ProjectItem, ProjectItems } from '../../components/ProjectItems'
import { useCase } from '../../hooks/use-case'
import { adminProjectUrl, adminWishUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

type Panel = 'edit' | 'wishes' | 'resources'

/** One project: its period and goal, progress, and the wishes and resources it bundles. */
export default function AdminProjectPage() {
  const kept = useCase(adminProjectUrl, (projectId) => api.project.get({ projectId }))
  const { id: projectId, signedIn, loaded, current: project } = kept
  const [panel, setPanel] = useState<Panel>()
  const detach = useAction(api.project.detach)

  if (!signedIn) return <ConsoleShell className="admin-project" />
  if (!projectId) {
    return (
      <ConsoleShell className="admin-project">
        <ErrorState message="缺少项目编号" />
      </ConsoleShell>
    )
  }

  const changed = (next: ProjectView, message: string) => {
    setPanel(undefined)
    kept.changed(next, message)
  }

  const remove = async (ids: { wishIds?: string[]; resourceIds?: string[] }) => {
    const next = await detach.run({ projectId, wishIds: [], resourceIds: [], ...ids })
    if (next) changed(next, '已移出项目')
  }

  const saved = () => {
    setPanel(undefined)
    Taro.showToast({ title: '已保存', icon: 'success' })
    loaded.reload()
  }

  return (
    <ConsoleShell className="admin-project">
      <LoadStates loaded={loaded} showLoading={!project} />
      {project ? (
        <>
          <View className="card">
            <View className="admin-project__head">
              <Text className="admin-project__name">{project.name}</Text>
              <Text className="console-table__muted">
                {project.startsOn} 至 {project.endsOn}
              </Text>
              <View className="console-toolbar__grow" />
              <Button className="admin-project__edit" size="small" onClick={() => setPanel('edit')}>
                编辑
              </Button>
            </View>
            <Text className="admin-project__goal">{project.goal}</Text>
          </View>

          <View className="section">
            <FigureTiles tiles={projectTiles(project.progress, '纳入心愿')} />
          </View>

          <ProjectItems
            what="wishes"
            noun="心愿"
            count={project.wishes.length}
            onAttach={() => setPanel('wishes')}
          >
            {project.wishes.map((w) => (
              <ProjectItem
                key={w.wishId}
                block="project-wish"
                data={{ 'data-wish-id': w.wishId }}
                title={w.title}
                meta={wishFacts(w)}
                tag={<WishStatusTag status={w.status} overdue={w.overdue} />}
                onOpen={() => Taro.navigateTo({ url: adminWishUrl(w.wishId) })}
                onDetach={() => remove({ wishIds: [w.wishId] })}
              />
            ))}
          </ProjectItems>

          <ProjectItems
            what="resources"
            noun="资源"
            count={project.resources.length}
            onAttach={() => setPanel('resources')}
          >
            {project.resources.map((r) => (
              <ProjectItem
                key={r.resourceId}
                block="project-resource"
                data={{ 'data-resource-id': r.resourceId }}
                title={r.title}
                meta={resourceFacts(r)}
                onDetach={() => remove({ resourceIds: [r.resourceId] })}
              />
            ))}
          </ProjectItems>

          {panel === 'edit' ? (
            <AdminPanel name="project-panel" title="编辑项目" onClose={() => setPanel(undefined)}>
              <ProjectForm project={project} onSaved={saved} onCancel={() => setPanel(undefined)} />
            </AdminPanel>
          ) : null}
          {panel === 'wishes' || panel === 'resources' ? (
            <AdminPanel
              name="project-attach-panel"
              title={panel === 'wishes' ? '纳入心愿' : '纳入资源'}
              subtitle={project.name}
              onClose={() => setPanel(undefined)}
            >
              <ProjectAttach
                project={project}
                what={panel}
                onAttached={(next) => changed(next, '已纳入项目')}
                onCancel={() => setPanel(undefined)}
              />
            </AdminPanel>
          ) : null}
        </>
      ) : null}
    </ConsoleShell>
  )
}

type ProjectWish = ProjectView['wishes'][number]
type ProjectResource = ProjectView['resources'][number]

/** 类别 · 心愿人 · 认领人 (once held). */
const wishFacts = (w: ProjectWish) =>
  `${WISH_CATEGORIES[w.category]} · ${w.wisher}${w.holder ? ` · ${holderLabel(w.holder)}` : ''}`

/** 提供方 · how much of the month's capacity is used. */
const resourceFacts = (r: ProjectResource) =>
  `${holderLabel(r.owner)} · 本月已用 ${r.usedThisMonth} / ${r.capacityPerMonth}`
