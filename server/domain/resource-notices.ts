// What a resource's owner is told when the committee decides on it: published (it is on 资源清单)
// or not (with the reason, and the form to offer it again).
import { ROUTES } from '../../types/pages'
import type { ResourceDoc } from '../repositories/resources'
import type { Notice } from './notify'

export function resourceReviewedNotice(doc: ResourceDoc, now: Date): Notice {
  const what = `您发布的资源「${doc.title}」`
  if (doc.status === 'approved')
    return {
      kind: 'resource_reviewed',
      title: '您发布的资源已通过审核',
      body: `${what}已通过商圈党委审核，现已在资源清单公开，有相符的心愿时商圈党委可能派单给您。`,
      link: ROUTES.resources,
      slots: { subject: doc.title, status: '已发布', time: now, note: '已在资源清单公开' },
    }
  const reason = doc.reviewNote ?? ''
  return {
    kind: 'resource_reviewed',
    title: '您发布的资源未通过审核',
    body: `${what}未通过审核：${reason}。可修改后重新发布。`,
    link: ROUTES.resourcePublish,
    slots: { subject: doc.title, status: '未通过', time: now, note: reason },
  }
}
