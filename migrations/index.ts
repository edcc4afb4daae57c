import { Foundation1764000000000 } from './1764000000000-Foundation';
import { Standards1764100000000 } from './1764100000000-Standards';
import { EvaluationBodies1764200000000 } from './1764200000000-EvaluationBodies';
import { Campaigns1764300000000 } from './1764300000000-Campaigns';
import { Certificates1764400000000 } from './1764400000000-Certificates';
import { Publicity1764500000000 } from './1764500000000-Publicity';
import { Promotions1764600000000 } from './1764600000000-Promotions';
import { Scoring1764700000000 } from './1764700000000-Scoring';
import { CredentialEnded1764800000000 } from './1764800000000-CredentialEnded';
import { DrawInputs1764900000000 } from './1764900000000-DrawInputs';
import { NoDuplicateRules1765000000000 } from './1765000000000-NoDuplicateRules';
import { OrganizationWarnings1765100000000 } from './1765100000000-OrganizationWarnings';
import { PersonsNameOrder1765200000000 } from './1765200000000-PersonsNameOrder';
import { CompetitionPromotionsCertificate1765300000000 } from './1765300000000-CompetitionPromotionsCertificate';
import { CredentialStatus1765400000000 } from './1765400000000-CredentialStatus';
import { ScheduledJobRuns1766500000000 } from './1766500000000-ScheduledJobRuns';
import { QuestionBanks1766600000000 } from './1766600000000-QuestionBanks';
import { ExamBlueprints1766610000000 } from './1766610000000-ExamBlueprints';
import { PublicityFiveDays1766620000000 } from './1766620000000-PublicityFiveDays';
import { SkillRankOrder1766630000000 } from './1766630000000-SkillRankOrder';
import { ExamSessions1766710000000 } from './1766710000000-ExamSessions';
import { PersonPhotos1766720000000 } from './1766720000000-PersonPhotos';
import { OnlineExams1766740000000 } from './1766740000000-OnlineExams';
import { ShortAnswerMarking1766750000000 } from './1766750000000-ShortAnswerMarking';
import { ExamSeatIdentityCheck1796526380878 } from './1796526380878-ExamSeatIdentityCheck';
import { EmploymentsScopeIndex1796600000000 } from './1796600000000-EmploymentsScopeIndex';

/** Every migration in order. Listed explicitly so the same list runs from TypeScript and from dist/. */
export const MIGRATIONS = [Foundation1764000000000, Standards1764100000000, EvaluationBodies1764200000000, Campaigns1764300000000, Certificates1764400000000, Publicity1764500000000, Promotions1764600000000, Scoring1764700000000, CredentialEnded1764800000000, DrawInputs1764900000000, NoDuplicateRules1765000000000, OrganizationWarnings1765100000000, PersonsNameOrder1765200000000, CompetitionPromotionsCertificate1765300000000, CredentialStatus1765400000000, ScheduledJobRuns1766500000000, QuestionBanks1766600000000, ExamBlueprints1766610000000, PublicityFiveDays1766620000000, SkillRankOrder1766630000000, ExamSessions1766710000000, PersonPhotos1766720000000, OnlineExams1766740000000, ShortAnswerMarking1766750000000, ExamSeatIdentityCheck1796526380878, EmploymentsScopeIndex1796600000000];
