import { organizationInRegion } from '@skill-ladder/identity';
import { definePolicy, everyRow, ownOrganizationRows, Principal, scopeOf, SqlFilter } from '@skill-ladder/platform';

/**
 * What the component-scores policy needs to know of a component score: the body running its
 * campaign (and the body's region), and the user whose evaluator profile chairs the campaign's
 * committee, if one is named.
 */
export interface ComponentScoreAccessRow {
  organizationId: string;
  organizationRegion: string;
  chairUserId: string | null;
}

/**
 * Which component scores (`component_scores` under the alias) the scope sees: the platform all, a
 * bureau those of bodies in its region, HR its body's, an evaluator those of campaigns whose
 * committee they chair. The SQL reads only the alias's `organization_id` and `campaign_id`, so it
 * also applies to a campaign (`ComponentScoresService.assertCampaignVisible`).
 */
export const COMPONENT_SCORES = definePolicy<ComponentScoreAccessRow>('component-scores', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: ownOrganizationRows(),
  evaluator: {
    sql: (cs, scope) => ({
      sql: `EXISTS (SELECT 1 FROM campaign_scoring_settings st JOIN evaluator_profiles chair ON chair.id = st.chair_profile_id
                     WHERE st.campaign_id = ${cs}.campaign_id AND chair.user_id = :scopeUserId)`,
      params: { scopeUserId: scope.userId },
    }),
    test: (row, scope) => row.chairUserId === scope.userId,
  },
});

/** `COMPONENT_SCORES` for a principal. */
export function visibleComponentScoresWhere(principal: Principal, cs = 'cs'): SqlFilter {
  return COMPONENT_SCORES.where(scopeOf(principal), cs);
}
