// How a complaint's handling reads: the handling note as one sentence, the handler named once.
import { handlerLabel } from '../../types/complaint'
import { clauses } from '../../server/domain/timeline'

it('joins the result, the rectification and the finding without doubled punctuation', () => {
  expect(clauses('已向顾客退款并道歉。', '整改：加强店员培训。', false)).toBe(
    '已向顾客退款并道歉；整改：加强店员培训',
  )
  expect(clauses('市场监管所：已约谈店主；', '', '经核实投诉不属实')).toBe(
    '市场监管所：已约谈店主；经核实投诉不属实',
  )
  expect(clauses('已处理', null, undefined)).toBe('已处理')
})

it('names the committee once and others with their name', () => {
  expect(handlerLabel({ kind: 'committee', name: '商圈党委' })).toBe('商圈党委')
  expect(handlerLabel({ kind: 'department', name: '市场监管所' })).toBe('职能部门 · 市场监管所')
  expect(handlerLabel({ kind: 'merchant', name: '老王面馆' })).toBe('商户 · 老王面馆')
})
