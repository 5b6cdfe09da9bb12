import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ItemPageShell } from '../../../components/PageShell'
import { FigureTiles, projectTiles } from '../../../components/FigureTiles'
import { WishCard } from '../../../components/WishCard'
import { WishResourceCard } from '../../../components/WishResourceCard'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { openWish } from '../../components/WishList'
import './index.scss'

/** 项目清单: one project's goal, period, progress, and the wishes and resources in it. */
export default function ProjectPage() {
  const { params } = useRouter()
  const projectId = readParam(params.id)
  const project = useRemoteData(() => api.project.get({ projectId }), [projectId], !!projectId)
  const p = project.data

  return (
    <ItemPageShell className="project-page" id={projectId} missing="缺少项目编号">
      <LoadStates loaded={project} messages={{ NOT_FOUND: '项目不存在' }} />
      {p ? (
        <View>
          <View className="card project-page__head">
            <Text className="project-page__name">{p.name}</Text>
            <Text className="project-page__period">
              {p.startsOn} 至 {p.endsOn}
            </Text>
            <Text className="project-page__goal">{p.goal}</Text>
          </View>
          <View className="section">
            <FigureTiles tiles={projectTiles(p.progress)} />
          </View>
          <View className="section">
            <Text className="section__title">项目心愿</Text>
            {p.wishes.length ? (
              p.wishes.map((wish) => <WishCard key={wish.wishId} wish={wish} onOpen={openWish} />)
            ) : (
              <EmptyState text="还没有纳入心愿" />
            )}
          </View>
          <View className="section">
            <Text className="section__title">项目资源</Text>
            {p.resources.length ? (
              p.resources.map((resource) => (
                <WishResourceCard key={resource.resourceId} resource={resource} />
              ))
            ) : (
              <EmptyState text="还没有纳入资源" />
            )}
          </View>
        </View>
      ) : null}
    </ItemPageShell>
  )
}
