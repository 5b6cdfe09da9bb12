import type { FieldSpec } from '../components/FormFields'

/**
 * The reason a console decision gives (退回, 不予受理, 撤销, 取消…), which the person it concerns
 * reads: a box of up to 200 characters, the most every such action's schema takes.
 */
export function reasonField(
  className: string,
  placeholder: string,
  more: Pick<FieldSpec, 'label' | 'required'> = {},
): FieldSpec {
  return { name: 'reason', className, placeholder, multiline: true, max: 200, ...more }
}
