import { definePolicy, scopeOrganization } from '@skill-ladder/platform';

/** What the exam-room policy needs to know of a session: the body running its campaign, and the users invigilating it. */
export interface ExamRoomAccessRow {
  organizationId: string;
  invigilatorUserIds: readonly string[];
}

/**
 * Who enters an online exam's room (`exam_sessions` under the alias): HR of the evaluation body
 * running the campaign, and an evaluator invigilating the session (through their evaluator
 * profile); nobody else, so any other id answers 404.
 */
export const EXAM_ROOMS = definePolicy<ExamRoomAccessRow>('exam-rooms', {
  organization: {
    sql: (s, scope) => ({
      sql: `EXISTS (SELECT 1 FROM campaigns room_c WHERE room_c.id = ${s}.campaign_id AND room_c.organization_id = :scopeOrganizationId)`,
      params: { scopeOrganizationId: scopeOrganization(scope) },
    }),
    test: (row, scope) => row.organizationId === scopeOrganization(scope),
  },
  evaluator: {
    sql: (s, scope) => ({
      sql: `EXISTS (SELECT 1 FROM exam_session_invigilators room_si JOIN evaluator_profiles room_ep ON room_ep.id = room_si.evaluator_profile_id
                     WHERE room_si.session_id = ${s}.id AND room_ep.user_id = :scopeUserId)`,
      params: { scopeUserId: scope.userId },
    }),
    test: (row, scope) => row.invigilatorUserIds.includes(scope.userId),
  },
});
