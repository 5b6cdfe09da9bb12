import { useState } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import { CreateProjectInput } from '../../../../types/project'
import { FormField } from '../../../components/FormField'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { createProject, updateProject, type ProjectSummary } from '../../../services/project'
import { ActionForm } from '../ActionForm'
import { WishDayField, dayFromToday } from '../WishDayField'

export type ProjectFormProps = {
  /** Editing this project; a new one without it. */
  project?: ProjectSummary
  onSaved: (projectId: string) => void
  onCancel: () => void
}

/** A project's name, goal and period (项目清单), new or edited. */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const [name, setName] = useState(project?.name ?? '')
  const [goal, setGoal] = useState(project?.goal ?? '')
  const [startsOn, setStartsOn] = useState(project?.startsOn ?? dayFromToday(0))
  const [endsOn, setEndsOn] = useState(project?.endsOn ?? dayFromToday(30))
  const idempotency = useIdempotencyKey()
  const save = useAction(
    async (fields: { name: string; goal: string; startsOn: string; endsOn: string }) =>
      project
        ? updateProject({ projectId: project.projectId, ...fields })
        : createProject(fields, { idempotencyKey: idempotency.key }),
  )
  const errors = save.fieldErrors

  const submit = async () => {
    const input = save.check(CreateProjectInput, { name, goal, startsOn, endsOn })
    if (!input) return
    const saved = await save.run(input)
    if (saved) onSaved(saved.projectId)
  }

  return (
    <ActionForm
      className="project-form"
      action={save}
      submitLabel={project ? '保存' : '新建项目'}
      submitClassName="project-form__submit"
      onSubmit={submit}
      onCancel={onCancel}
      cancelClassName="project-form__cancel"
    >
      <FormField name="name" label="项目名称" error={errors.name} required>
        <Input
          className="console-input project-form__name"
          value={name}
          maxLength={30}
          placeholder="如：重阳敬老"
          onChange={setName}
        />
      </FormField>
      <TextAreaField
        name="goal"
        label="项目目标"
        className="project-form__goal"
        value={goal}
        max={300}
        placeholder="要帮助谁、做成什么"
        error={errors.goal}
        required
        onChange={setGoal}
      />
      <FormField name="startsOn" label="开始日期" error={errors.startsOn} required>
        <WishDayField name="project-starts-on" value={startsOn} onChange={setStartsOn} />
      </FormField>
      <FormField name="endsOn" label="结束日期" error={errors.endsOn} required>
        <WishDayField name="project-ends-on" value={endsOn} onChange={setEndsOn} />
      </FormField>
    </ActionForm>
  )
}
