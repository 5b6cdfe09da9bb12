// The actions that are decisions, each with its kind and subject: the router writes an entry to the
// audit log (操作日志) for every one that succeeds. An action not listed here is not a decision.
import type { ActionName, FunctionName } from './api'
import type { AuditKind, AuditSpec } from './audit'

type AuditTable = { [F in FunctionName]?: { [A in ActionName<F>]?: AuditSpec } }

const approveOrReject = (input: { approve?: boolean; decision?: string }): AuditKind =>
  input.approve === true || input.decision === 'approve' ? 'approve' : 'reject'

export const AUDITED_ACTIONS: AuditTable = {
  shop: {
    create: { kind: 'create', subject: 'shop' },
    update: { kind: 'update', subject: 'shop' },
    setStatus: { kind: 'suspend', subject: 'shop' },
    importSheet: { kind: 'import', subject: 'district' },
    awardHonour: { kind: 'award', subject: 'shop' },
    revokeHonour: { kind: 'revoke', subject: 'shop' },
  },
  member: {
    approve: { kind: 'approve', subject: 'member' },
    reject: { kind: 'reject', subject: 'member' },
    revoke: { kind: 'revoke', subject: 'member' },
    importRoster: { kind: 'import', subject: 'district' },
    approveMatched: { kind: 'approve', subject: 'district' },
    ledger: { kind: 'export', subject: 'district' },
  },
  org: {
    create: { kind: 'create', subject: 'org' },
    update: { kind: 'update', subject: 'org' },
    setSecretary: { kind: 'role', subject: 'org' },
    linkShops: { kind: 'update', subject: 'org' },
  },
  rating: {
    reviewHeld: { kind: approveOrReject, subject: 'rating' },
  },
  complaint: {
    accept: { kind: 'approve', subject: 'complaint' },
    reject: { kind: 'reject', subject: 'complaint' },
    assign: { kind: 'assign', subject: 'complaint' },
    handle: { kind: 'handle', subject: 'complaint' },
    verifyRectification: { kind: 'approve', subject: 'complaint' },
  },
  wish: {
    review: { kind: approveOrReject, subject: 'wish' },
    dispatch: { kind: 'assign', subject: 'wish' },
    ledger: { kind: 'export', subject: 'district' },
  },
  resource: {
    review: { kind: approveOrReject, subject: 'resource' },
  },
  project: {
    create: { kind: 'create', subject: 'project' },
    update: { kind: 'update', subject: 'project' },
    attach: { kind: 'update', subject: 'project' },
    detach: { kind: 'update', subject: 'project' },
  },
  dashboard: {
    ledgers: { kind: 'export', subject: 'district' },
    report: { kind: 'export', subject: 'district' },
  },
  activity: {
    create: { kind: 'create', subject: 'activity' },
    update: { kind: 'update', subject: 'activity' },
    cancel: { kind: 'cancel', subject: 'activity' },
    attendance: { kind: 'attendance', subject: 'activity' },
    checkOutAll: { kind: 'attendance', subject: 'activity' },
    confirmHours: { kind: 'hours', subject: 'activity' },
    decideCorrection: { kind: approveOrReject, subject: 'record' },
    ledger: { kind: 'export', subject: 'district' },
  },
  user: {
    bootstrap: { kind: 'role', subject: 'user' },
    setAdmin: { kind: 'role', subject: 'user' },
  },
  audit: {
    export: { kind: 'export', subject: 'district' },
  },
}
