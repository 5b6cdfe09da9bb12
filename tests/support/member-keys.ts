// The member-data keys unit tests sign and encrypt with: the keys in use, and another set, whose
// signatures and ciphertexts the first must refuse.
import { memberKeys } from '../../server/services/member-crypto'

export const TEST_KEYS = memberKeys({ MEMBER_DATA_KEY: 'ab'.repeat(32) })
export const OTHER_KEYS = memberKeys({ MEMBER_DATA_KEY: 'cd'.repeat(32) })
