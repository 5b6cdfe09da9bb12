import { FormField } from '../../../components/FormField'
import type { ActingAsChoice } from '../../hooks/use-capacities'
import { ActingAsPicker } from './ActingAsPicker'

export type ActingAsFieldProps = {
  /** The picker's block class, for tests (`claim-as`). */
  name: string
  label: string
  actingAs: ActingAsChoice
  error?: string
}

/** 以什么身份…, asked only of someone who can act in more than one capacity. */
export function ActingAsField({ name, label, actingAs, error }: ActingAsFieldProps) {
  if (actingAs.capacities.length < 2) return null
  return (
    <FormField name="as" label={label} error={error} required>
      <ActingAsPicker
        name={name}
        capacities={actingAs.capacities}
        value={actingAs.chosen}
        onChange={actingAs.choose}
      />
    </FormField>
  )
}
