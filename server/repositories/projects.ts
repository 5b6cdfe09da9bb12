// 项目清单: projects bundling wishes (each wish's projectId) and resources (the project's list).
export type ProjectDoc = {
  _id: string
  name: string
  goal: string
  /** YYYY-MM-DD, Asia/Shanghai. */
  startsOn: string
  endsOn: string
  resourceIds: string[]
  createdBy: string
  createdAt: Date
  updatedAt: Date
}
