// The one declaration of collections and indexes. The local cloud creates and enforces these; the
// deploy script creates the same indexes in CloudBase. A query shape no index serves is reported
// by the local cloud (see local-cloud/index-plan.ts).

export type IndexSpec = {
  name: string
  /** Field paths in order; 1 ascending, -1 descending. */
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export type CollectionSpec = { indexes: readonly IndexSpec[] }

export const COLLECTIONS = {
  users: {
    indexes: [
      { name: 'openid_unique', keys: { openid: 1 }, unique: true },
      { name: 'roles', keys: { roles: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
  },
  /** Party-member registrations, `_id` = the user's id (one each). Phones only encrypted + hashed. */
  members: {
    indexes: [
      { name: 'district_status_submitted', keys: { districtId: 1, status: 1, submittedAt: -1 } },
      { name: 'branch_status_submitted', keys: { branchId: 1, status: 1, submittedAt: -1 } },
      { name: 'district_status_kind', keys: { districtId: 1, status: 1, kind: 1 } },
      /** Coverage: members per shop and per branch, counted from the index. */
      { name: 'district_status_shop', keys: { districtId: 1, status: 1, workShopId: 1 } },
      { name: 'district_status_branch', keys: { districtId: 1, status: 1, branchId: 1 } },
      /** Search by the start of a name, or by a whole phone number (its hash). */
      { name: 'district_status_name', keys: { districtId: 1, status: 1, realName: 1 } },
      { name: 'district_status_phone', keys: { districtId: 1, status: 1, phoneHash: 1 } },
      { name: 'shop_shown', keys: { workShopId: 1, showStatus: 1, status: 1 } },
      { name: 'phone', keys: { phoneHash: 1 } },
      /** One verified member per phone (see MemberDoc.phoneHeld). */
      { name: 'phone_held_unique', keys: { phoneHeld: 1 }, unique: true },
    ],
  },
  /** The committee's imported roster (花名册), `_id` = the phone's lookup hash. */
  roster: { indexes: [{ name: 'district', keys: { districtId: 1 } }] },
  /** Who decided what about a registration; the subject is a pseudonym that outlives 注销. */
  member_audit: { indexes: [{ name: 'subject_at', keys: { subject: 1, at: 1 } }] },
  districts: { indexes: [{ name: 'created', keys: { createdAt: 1 } }] },
  orgs: {
    indexes: [{ name: 'district_parent', keys: { districtId: 1, parentId: 1 } }],
  },
  shops: {
    indexes: [
      { name: 'district_category', keys: { districtId: 1, category: 1 } },
      { name: 'district_status', keys: { districtId: 1, status: 1 } },
      { name: 'merchant', keys: { merchantIds: 1 } },
      { name: 'licence_unique', keys: { licenceNo: 1 }, unique: true },
      { name: 'code_unique', keys: { code: 1 }, unique: true },
      { name: 'district_honours', keys: { districtId: 1, honours: 1 } },
      { name: 'district_level', keys: { districtId: 1, 'integrity.level': 1 } },
      { name: 'org', keys: { orgId: 1 } },
    ],
  },
  /** One-time claim codes (hashed), claimed in a transaction; used ones expire at once. */
  claim_codes: {
    indexes: [
      { name: 'shop', keys: { shopId: 1 } },
      { name: 'expires', keys: { expiresAt: 1 } },
    ],
  },
  /** Why a shop's integrity score changed, newest first. */
  shop_events: {
    indexes: [{ name: 'shop_at', keys: { shopId: 1, at: -1 } }],
  },
  /** One rating per user per shop per month: `_id` is shop:user:YYYY-MM. */
  ratings: {
    indexes: [
      { name: 'shop_status_created', keys: { shopId: 1, status: 1, createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
    ],
  },
  complaints: {
    indexes: [
      { name: 'shop_created', keys: { shopId: 1, createdAt: -1 } },
      { name: 'complainant_created', keys: { complainantId: 1, createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'status_deadline', keys: { status: 1, deadline: 1 } },
      /** The committee's unfiltered queue, newest first. */
      { name: 'created', keys: { createdAt: -1 } },
    ],
  },
  /**
   * 微心愿. `pool` is true while the wish is on the public wall (open, claimed, fulfilled, confirmed);
   * `holderKeys` names who may act on it (user:…, shop:…, org:…), for the "my claims" list.
   */
  wishes: {
    indexes: [
      { name: 'pool_created', keys: { pool: 1, createdAt: -1 } },
      { name: 'pool_category_created', keys: { pool: 1, category: 1, createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'status_category_created', keys: { status: 1, category: 1, createdAt: -1 } },
      { name: 'wisher_created', keys: { wisherId: 1, createdAt: -1 } },
      { name: 'holder_created', keys: { holderKeys: 1, createdAt: -1 } },
      { name: 'branch_status_created', keys: { branchId: 1, status: 1, createdAt: -1 } },
      { name: 'status_deadline', keys: { status: 1, deadline: 1 } },
      { name: 'status_respond_by', keys: { status: 1, respondBy: 1 } },
      { name: 'status_fulfilled', keys: { status: 1, fulfilledAt: 1 } },
      { name: 'overdue_created', keys: { overdue: 1, createdAt: -1 } },
      { name: 'project', keys: { projectId: 1, createdAt: -1 } },
      // The sweep counts the wishes holding a resource's use this month (capacity self-healing).
      { name: 'resource_month', keys: { resourceId: 1, resourceMonth: 1 } },
      { name: 'created', keys: { createdAt: -1 } },
      // A month's figures as equality counts (the step's YYYY-MM, Asia/Shanghai).
      { name: 'submitted_month', keys: { submittedMonth: 1, createdAt: -1 } },
      { name: 'approved_month', keys: { approvedMonth: 1, createdAt: -1 } },
      { name: 'claimed_month', keys: { claimedMonth: 1, createdAt: -1 } },
      { name: 'fulfilled_month', keys: { fulfilledMonth: 1, createdAt: -1 } },
    ],
  },
  /** 资源清单: offers by members, merchants and branches; `ownerKey` as a wish's holder keys. */
  resources: {
    indexes: [
      { name: 'status_category_created', keys: { status: 1, category: 1, createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'owner_created', keys: { ownerKey: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
  },
  /** 项目清单. */
  projects: { indexes: [{ name: 'created', keys: { createdAt: -1 } }] },
  /**
   * Numbered places that bound how much one person holds at once (open wishes, unfinished claims):
   * `_id` = what:who:n, taken by inserting under a unique id, so the bound holds under concurrency.
   */
  slots: { indexes: [{ name: 'ref', keys: { ref: 1 } }] },
  /**
   * 志愿活动. `confirmed` and `waitlist` (user ids, in order) are the truth of who holds a place and
   * who waits: every change to them is one conditional update of this document, so places and
   * promotions are exact under concurrency. `state` is open or cancelled; `hoursState` pending or
   * confirmed.
   */
  activities: {
    indexes: [
      { name: 'state_end', keys: { state: 1, endAt: 1 } },
      { name: 'state_category_end', keys: { state: 1, category: 1, endAt: 1 } },
      { name: 'state_start', keys: { state: 1, startAt: 1 } },
      { name: 'org_end', keys: { organiserOrgId: 1, endAt: -1 } },
      { name: 'hours_end', keys: { hoursState: 1, endAt: 1 } },
      { name: 'flagged_end', keys: { flagged: 1, endAt: -1 } },
      { name: 'leader_end', keys: { leaderIds: 1, endAt: -1 } },
      { name: 'series_start', keys: { seriesId: 1, startAt: 1 } },
      { name: 'month', keys: { month: 1 } },
      { name: 'end', keys: { endAt: -1 } },
    ],
  },
  /** One per person per activity, `_id` = activity:user: the person's view of the sign-up. */
  signups: {
    indexes: [
      { name: 'user_end', keys: { userId: 1, endAt: -1 } },
      { name: 'activity_status', keys: { activityId: 1, status: 1 } },
      { name: 'user_attendance_end', keys: { userId: 1, attendance: 1, endAt: -1 } },
    ],
  },
  /** 志愿者, `_id` = the user's id; the phone only encrypted + hashed, like members'. */
  volunteers: {
    indexes: [
      { name: 'status_name', keys: { status: 1, realName: 1 } },
      { name: 'status_hours', keys: { status: 1, totalHours: -1 } },
      { name: 'phone', keys: { phoneHash: 1 } },
    ],
  },
  /** 志愿服务记录, `_id` = activity:user, written when the leader confirms the hours. */
  service_records: {
    indexes: [
      { name: 'volunteer_date', keys: { volunteerId: 1, date: -1 } },
      { name: 'activity', keys: { activityId: 1 } },
      { name: 'month', keys: { month: 1 } },
      { name: 'correction_requested', keys: { correctionStatus: 1, requestedAt: -1 } },
      { name: 'leader_correction', keys: { leaderIds: 1, correctionStatus: 1 } },
      { name: 'branch_correction', keys: { organiserOrgId: 1, correctionStatus: 1 } },
    ],
  },
  /** 志愿服务证明, `_id` = the serial; what was certified, as it was when issued. */
  certificates: { indexes: [{ name: 'volunteer_issued', keys: { volunteerId: 1, issuedAt: -1 } }] },
  /** Attendance set by hand, corrections decided, phones revealed: who, what, why. */
  activity_audit: { indexes: [{ name: 'activity_at', keys: { activityId: 1, at: -1 } }] },
  /** 操作日志: read newest first, by person, by kind, or both, over a period. */
  audit_log: {
    indexes: [
      { name: 'at', keys: { at: -1 } },
      { name: 'by_at', keys: { 'by.userId': 1, at: -1 } },
      { name: 'kind_at', keys: { kind: 1, at: -1 } },
      { name: 'by_kind_at', keys: { 'by.userId': 1, kind: 1, at: -1 } },
      { name: 'subject', keys: { 'subject.id': 1, 'subject.type': 1 } },
    ],
  },
  /**
   * Rate limits, `_id` = what:who[:window]: counters taken with a conditional increment, and
   * sliding windows written by version. The housekeeping sweep removes expired ones.
   */
  rate_limits: {
    indexes: [{ name: 'expires', keys: { expiresAt: 1 } }],
  },
  /** At most one open complaint per person per shop: `_id` = user:shop, removed on close. */
  complaint_locks: { indexes: [] },
  /** The inbox: each person's messages, newest first; unread ones counted for the badge. */
  messages: {
    indexes: [
      { name: 'user_created', keys: { userId: 1, createdAt: -1 } },
      { name: 'user_read_created', keys: { userId: 1, readAt: 1, createdAt: -1 } },
    ],
  },
  /** Subscribe-message consents, `_id` = user:template, a count taken one at a time. */
  subscriptions: { indexes: [{ name: 'user', keys: { userId: 1 } }] },
  /** Markers of reminders sent (`_id` names the reminder), swept when expired. */
  reminder_marks: { indexes: [{ name: 'expires', keys: { expiresAt: 1 } }] },
  /** Local stack only: the subscribe messages WeChat would have received. */
  outbox: { indexes: [{ name: 'created', keys: { createdAt: -1 } }] },
  /** Generated files (posters, ledgers) in cloud storage; the sweep deletes each with its file. */
  exports: { indexes: [{ name: 'expires', keys: { expiresAt: 1 } }] },
  /**
   * What a step still has to do after its write (messages, the shop's card), written in the same
   * transaction; the sweep runs those left pending, done ones are removed when expired.
   */
  follow_ups: {
    indexes: [
      { name: 'pending_created', keys: { doneAt: 1, createdAt: 1 } },
      { name: 'expires', keys: { expiresAt: 1 } },
      { name: 'concerns', keys: { concerns: 1 } },
    ],
  },
  /** Replies of retried writes, by action, caller and client key; removed when expired. */
  idempotency: {
    indexes: [{ name: 'expires', keys: { expiresAt: 1 } }],
  },
  /** The first run's one-time 启用码 (hashed): whoever enters one first becomes the admin. */
  setup_codes: { indexes: [{ name: 'unused_expires', keys: { usedBy: 1, expiresAt: 1 } }] },
  /** 扫码登录 requests, `_id` = the request id; removed once expired. */
  login_requests: {
    indexes: [
      { name: 'expires', keys: { expiresAt: 1 } },
      { name: 'ticket_unique', keys: { ticketHash: 1 }, unique: true },
    ],
  },
  /** Desktop sessions started by 扫码登录; ended by idleness, their end date or the phone. */
  web_sessions: {
    indexes: [
      { name: 'openid_ended', keys: { openid: 1, endedAt: 1 } },
      { name: 'expires', keys: { expiresAt: 1 } },
    ],
  },
} as const satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
