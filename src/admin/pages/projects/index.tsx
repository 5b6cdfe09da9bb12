import { useState } from 'react'
import type { ProjectSummary } from '../../../../types/project'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { AdminPanel } from '../../components/AdminPanel'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { ConsoleRow } from '../../components/ConsoleRow'
import { ProjectForm } from '../../components/ProjectForm'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES, adminProjectUrl } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const LINKS = [{ className: 'admin-projects__wishes', label: '需求清单', url: ADMIN_ROUTES.wishes }]

/** 项目清单: every project with its progress; a new one from the toolbar. */
export default function AdminProjectsPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.projects)
  const { list: projects } = useConsoleList(api.project.list, {}, signedIn)
  const [creating, setCreating] = useState(false)
  useReloadOnReturn(projects.reload)

  const created = (projectId: string) => {
    setCreating(false)
    Taro.showToast({ title: '项目已新建', icon: 'success' })
    Taro.navigateTo({ url: adminProjectUrl(projectId) })
  }

  return (
    <ConsolePage
      className="admin-projects"
      signedIn={signedIn}
      title="项目清单"
      links={LINKS}
      buttons={[
        {
          className: 'admin-projects__create',
          label: '新建项目',
          primary: true,
          onClick: () => setCreating(true),
        },
      ]}
    >
      <View className="card">
        <ConsoleList
          list={projects}
          row={(project) => <ProjectRow key={project.projectId} project={project} />}
          empty="还没有项目"
          unit="个"
        />
      </View>
      {creating ? (
        <AdminPanel name="project-panel" title="新建项目" onClose={() => setCreating(false)}>
          <ProjectForm onSaved={created} onCancel={() => setCreating(false)} />
        </AdminPanel>
      ) : null}
    </ConsolePage>
  )
}

function ProjectRow({ project: p }: { project: ProjectSummary }) {
  return (
    <ConsoleRow
      block="project-row"
      data={{ 'project-id': p.projectId }}
      url={adminProjectUrl(p.projectId)}
      open="管理"
      main={
        <>
          <Text className="console-row__title project-row__name">{p.name}</Text>
          <Text className="console-table__muted">
            {p.startsOn} 至 {p.endsOn} · {p.goal}
          </Text>
        </>
      }
    >
      <View className="project-row__progress">
        <Text>心愿 {p.progress.wishes}</Text>
        <Text>已实现 {p.progress.fulfilled}</Text>
        <Text>资源 {p.progress.resources}</Text>
        <Text>受益 {p.progress.peopleReached} 人</Text>
      </View>
    </ConsoleRow>
  )
}
