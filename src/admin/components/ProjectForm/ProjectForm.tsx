import { useState } from 'react'
import { CreateProjectInput, type ProjectSummary } from '../../../../types/project'
import { FormField } from '../../../components/FormField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'
import { ActionForm } from '../ActionForm'
import { WishDayField, dayFromToday } from '../WishDayField'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

export type ProjectFormProps = {
  /** Editing this project; a new one without it. */
  project?: ProjectSummary
  onSaved: (projectId: string) => void
  onCancel: () => void
}

const FIELDS: FieldSpec[] = [
  {
    name: 'name',
    label: '项目名称',
    required: true,
    className: 'console-input project-form__name',
    max: 30,
    placeholder: '如：重阳敬老',
  },
  {
    name: 'goal',
    label: '项目目标',
    required: true,
    className: 'project-form__goal',
    multiline: true,
    max: 300,
    placeholder: '要帮助谁、做成什么',
  },
]

/** A project's name, goal and period (项目清单), new or edited. */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const form = useFieldValues({ name: project?.name ?? '', goal: project?.goal ?? '' })
  const [startsOn, setStartsOn] = useState(project?.startsOn ?? dayFromToday(0))
  const [endsOn, setEndsOn] = useState(project?.endsOn ?? dayFromToday(30))
  const idempotency = useIdempotencyKey()
  const save = useAction(
    async (fields: { name: string; goal: string; startsOn: string; endsOn: string }) =>
      project
        ? api.project.update({ projectId: project.projectId, ...fields })
        : api.project.create(fields, { idempotencyKey: idempotency.key }),
  )
  const errors = save.fieldErrors

  const submit = async () => {
    const input = save.check(CreateProjectInput, { ...form.values, startsOn, endsOn })
    if (!input) return
    const saved = await save.run(input)
    if (saved) onSaved(saved.projectId)
  }

  return (
    <ActionForm
      className="project-form"
      action={save}
      submitLabel={project ? '保存' : '新建项目'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormFields fields={FIELDS} form={form} errors={errors} />
      <FormField name="startsOn" label="开始日期" error={errors.startsOn} required>
        <WishDayField name="project-starts-on" value={startsOn} onChange={setStartsOn} />
      </FormField>
      <FormField name="endsOn" label="结束日期" error={errors.endsOn} required>
        <WishDayField name="project-ends-on" value={endsOn} onChange={setEndsOn} />
      </FormField>
    </ActionForm>
  )
}
