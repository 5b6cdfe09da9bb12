import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { useListFilters } from '../../../hooks/use-list-filters'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { projectList, type ProjectSummary } from '../../../services/project'
import { AdminPanel } from '../../components/AdminPanel'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleToolbar } from '../../components/ConsoleToolbar'
import { ProjectForm } from '../../components/ProjectForm'
import { ADMIN_ROUTES, adminProjectUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

const PAGE_SIZE = 20

/** 项目清单: every project with its progress; a new one from the toolbar. */
export default function AdminProjectsPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.projects)
  const { page, setPage } = useListFilters({})
  const projects = useRemoteData(() => projectList({ page, pageSize: PAGE_SIZE }), [page], signedIn)
  const [creating, setCreating] = useState(false)
  useReloadOnReturn(projects.reload)

  if (!signedIn) return <PageShell className="admin-projects" width="wide" />

  const created = (projectId: string) => {
    setCreating(false)
    Taro.showToast({ title: '项目已新建', icon: 'success' })
    Taro.navigateTo({ url: adminProjectUrl(projectId) })
  }

  return (
    <PageShell className="admin-projects" width="wide">
      <ConsoleToolbar
        title="项目清单"
        links={[
          { className: 'admin-projects__wishes', label: '需求清单', url: ADMIN_ROUTES.wishes },
        ]}
      >
        <Button
          className="admin-projects__create"
          type="primary"
          size="small"
          onClick={() => setCreating(true)}
        >
          新建项目
        </Button>
      </ConsoleToolbar>
      <View className="card">
        <ConsoleList
          list={projects}
          row={(project) => <ProjectRow key={project.projectId} project={project} />}
          empty="还没有项目"
          page={page}
          pageSize={PAGE_SIZE}
          unit="个"
          onPage={setPage}
        />
      </View>
      {creating ? (
        <AdminPanel name="project-panel" title="新建项目" onClose={() => setCreating(false)}>
          <ProjectForm onSaved={created} onCancel={() => setCreating(false)} />
        </AdminPanel>
      ) : null}
    </PageShell>
  )
}

function ProjectRow({ project: p }: { project: ProjectSummary }) {
  return (
    <View
      className="console-table__row project-row"
      data-project-id={p.projectId}
      onClick={() => Taro.navigateTo({ url: adminProjectUrl(p.projectId) })}
    >
      <View className="project-row__main">
        <Text className="project-row__name">{p.name}</Text>
        <Text className="console-table__muted">
          {p.startsOn} 至 {p.endsOn} · {p.goal}
        </Text>
      </View>
      <View className="project-row__progress">
        <Text>心愿 {p.progress.wishes}</Text>
        <Text>已实现 {p.progress.fulfilled}</Text>
        <Text>资源 {p.progress.resources}</Text>
        <Text>受益 {p.progress.peopleReached} 人</Text>
      </View>
      <Text className="console-link">管理 ›</Text>
    </View>
  )
}
