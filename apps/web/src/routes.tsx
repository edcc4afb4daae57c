import { Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { homeOf, useAuth } from './auth/AuthContext';
import type { Role } from './auth/roles';
import { AppShell } from './layout/AppShell';

// Each screen is its own chunk: a worker's phone loads only what the worker's screens need.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const CareerPathPage = lazy(() => import('./pages/worker/CareerPathPage'));
const CredentialsPage = lazy(() => import('./pages/worker/CredentialsPage'));
const CampaignsPage = lazy(() => import('./pages/worker/CampaignsPage'));
const ApplicationPage = lazy(() => import('./pages/worker/ApplicationPage'));
const PublicityListPage = lazy(() => import('./pages/worker/PublicityPage').then((m) => ({ default: m.PublicityListPage })));
const PublicityNoticePage = lazy(() => import('./pages/worker/PublicityPage').then((m) => ({ default: m.PublicityNoticePage })));
const TasksPage = lazy(() => import('./pages/evaluator/TasksPage'));
const ScoreSheetPage = lazy(() => import('./pages/evaluator/ScoreSheetPage'));
const ModerationPage = lazy(() => import('./pages/evaluator/ModerationPage'));
const CertificatesPage = lazy(() => import('./pages/manage/CertificatesPage'));
const CampaignsBoardPage = lazy(() => import('./pages/campaigns/CampaignsBoardPage'));
const CampaignDetailPage = lazy(() => import('./pages/campaigns/CampaignDetailPage'));
const InboxPage = lazy(() => import('./pages/bureau/InboxPage'));
const WorkersPage = lazy(() => import('./pages/workers/WorkersPage'));
const AnalyticsPage = lazy(() => import('./pages/analytics/AnalyticsPage'));
const WorkerPage = lazy(() => import('./pages/workers/WorkerPage'));
const OrganizationsPage = lazy(() => import('./pages/admin/OrganizationsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const EvaluationBodiesPage = lazy(() => import('./pages/admin/EvaluationBodiesPage'));
const TitleMappingsPage = lazy(() => import('./pages/admin/TitleMappingsPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const OccupationsPage = lazy(() => import('./pages/admin/OccupationsPage'));
const AuditEventsPage = lazy(() => import('./pages/admin/AuditEventsPage'));
const StandardsPage = lazy(() => import('./pages/standards/StandardsPage'));
const StandardPage = lazy(() => import('./pages/standards/StandardPage'));
const EvaluatorsPage = lazy(() => import('./pages/evaluators/EvaluatorsPage'));
const TiersPage = lazy(() => import('./pages/tiers/TiersPage'));
const QuestionBanksPage = lazy(() => import('./pages/exams/QuestionBanksPage'));
const QuestionBankPage = lazy(() => import('./pages/exams/QuestionBankPage'));
const ExamRoomPage = lazy(() => import('./pages/exams/ExamRoomPage'));
const MyExamRoomsPage = lazy(() => import('./pages/exams/MyExamRoomsPage'));
const MyMarksPage = lazy(() => import('./pages/exams/MyMarksPage'));
const MyExamsPage = lazy(() => import('./pages/worker/exam/MyExamsPage'));
const ExamAttemptPage = lazy(() => import('./pages/worker/exam/ExamAttemptPage'));
const AppointmentsPage = lazy(() => import('./pages/promotions/AppointmentsPage'));
const AppointmentDetailPage = lazy(() => import('./pages/promotions/AppointmentDetailPage'));
const TitleRecognitionsPage = lazy(() => import('./pages/promotions/TitleRecognitionsPage'));
const CompetitionsPage = lazy(() => import('./pages/promotions/CompetitionsPage'));
const CompetitionRulesPage = lazy(() => import('./pages/promotions/CompetitionRulesPage'));

function Loading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" />
    </div>
  );
}

/** Signed in, acting in the given role; otherwise to sign-in (remembering the page) or to the role's home. */
function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const allowed = auth.roles.includes(role);
  const { role: acting, switchRole } = auth;
  // Opening another role's page (a link, a bookmark) acts in that role, as the header would.
  useEffect(() => {
    if (allowed && acting !== role) switchRole(role);
  }, [allowed, acting, role, switchRole]);
  if (auth.signedIn === null || (auth.signedIn && !auth.me)) return <Loading />;
  if (!auth.signedIn) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!allowed) return <Navigate to={homeOf(auth.role)} replace />;
  return <>{children}</>;
}

function Home() {
  const auth = useAuth();
  if (auth.signedIn === null || (auth.signedIn && !auth.me)) return <Loading />;
  return <Navigate to={auth.signedIn ? homeOf(auth.role) : '/login'} replace />;
}

const guard = (role: Role, page: ReactNode) => <RequireRole role={role}>{page}</RequireRole>;

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/verify" element={<VerifyPage />} />
          <Route element={<AppShell />}>
            <Route path="/worker/career" element={guard('worker', <CareerPathPage />)} />
            <Route path="/worker/credentials" element={guard('worker', <CredentialsPage />)} />
            <Route path="/worker/campaigns" element={guard('worker', <CampaignsPage />)} />
            <Route path="/worker/applications/:id" element={guard('worker', <ApplicationPage />)} />
            <Route path="/worker/publicity" element={guard('worker', <PublicityListPage />)} />
            <Route path="/worker/exams" element={guard('worker', <MyExamsPage />)} />
            <Route path="/worker/exam-attempts/:id" element={guard('worker', <ExamAttemptPage />)} />
            <Route path="/evaluator/exam-rooms" element={guard('evaluator', <MyExamRoomsPage />)} />
            <Route path="/evaluator/short-answer-marks" element={guard('evaluator', <MyMarksPage />)} />
            <Route path="/evaluator/exam-rooms/:campaignId/:sessionId" element={guard('evaluator', <ExamRoomPage />)} />
            <Route path="/hr/campaigns/:campaignId/exam-rooms/:sessionId" element={guard('hr_admin', <ExamRoomPage />)} />
            <Route path="/worker/publicity/:id" element={guard('worker', <PublicityNoticePage />)} />
            <Route path="/evaluator/tasks" element={guard('evaluator', <TasksPage />)} />
            <Route path="/evaluator/sheets/:id" element={guard('evaluator', <ScoreSheetPage />)} />
            <Route path="/evaluator/moderation" element={guard('evaluator', <ModerationPage />)} />
            <Route path="/hr/campaigns" element={guard('hr_admin', <CampaignsBoardPage />)} />
            <Route path="/hr/campaigns/:id" element={guard('hr_admin', <CampaignDetailPage />)} />
            <Route path="/hr/moderation" element={guard('hr_admin', <ModerationPage />)} />
            <Route path="/hr/evaluation-bodies" element={guard('hr_admin', <EvaluationBodiesPage />)} />
            <Route path="/hr/workers" element={guard('hr_admin', <WorkersPage />)} />
            <Route path="/hr/analytics" element={guard('hr_admin', <AnalyticsPage />)} />
            <Route path="/bureau/analytics" element={guard('bureau_officer', <AnalyticsPage />)} />
            <Route path="/hr/workers/:id" element={guard('hr_admin', <WorkerPage />)} />
            <Route path="/bureau/workers" element={guard('bureau_officer', <WorkersPage />)} />
            <Route path="/bureau/workers/:id" element={guard('bureau_officer', <WorkerPage />)} />
            <Route path="/hr/certificates" element={guard('hr_admin', <CertificatesPage />)} />
            <Route path="/hr/standards" element={guard('hr_admin', <StandardsPage />)} />
            <Route path="/hr/standards/:id" element={guard('hr_admin', <StandardPage />)} />
            <Route path="/hr/evaluators" element={guard('hr_admin', <EvaluatorsPage />)} />
            <Route path="/hr/tiers" element={guard('hr_admin', <TiersPage />)} />
            <Route path="/hr/question-banks" element={guard('hr_admin', <QuestionBanksPage />)} />
            <Route path="/hr/question-banks/:id" element={guard('hr_admin', <QuestionBankPage />)} />
            <Route path="/bureau/inbox" element={guard('bureau_officer', <InboxPage />)} />
            <Route path="/bureau/campaigns" element={guard('bureau_officer', <CampaignsBoardPage />)} />
            <Route path="/bureau/campaigns/:id" element={guard('bureau_officer', <CampaignDetailPage />)} />
            <Route path="/bureau/certificates" element={guard('bureau_officer', <CertificatesPage />)} />
            <Route path="/admin/certificates" element={guard('platform_admin', <CertificatesPage />)} />
            <Route path="/bureau/organizations" element={guard('bureau_officer', <OrganizationsPage />)} />
            <Route path="/bureau/users" element={guard('bureau_officer', <UsersPage />)} />
            <Route path="/bureau/evaluation-bodies" element={guard('bureau_officer', <EvaluationBodiesPage />)} />
            <Route path="/bureau/title-mappings" element={guard('bureau_officer', <TitleMappingsPage />)} />
            <Route path="/bureau/calendar" element={guard('bureau_officer', <CalendarPage />)} />
            <Route path="/bureau/occupations" element={guard('bureau_officer', <OccupationsPage />)} />
            <Route path="/bureau/evaluators" element={guard('bureau_officer', <EvaluatorsPage />)} />
            <Route path="/admin/organizations" element={guard('platform_admin', <OrganizationsPage />)} />
            <Route path="/admin/users" element={guard('platform_admin', <UsersPage />)} />
            <Route path="/admin/occupations" element={guard('platform_admin', <OccupationsPage />)} />
            <Route path="/admin/title-mappings" element={guard('platform_admin', <TitleMappingsPage />)} />
            <Route path="/admin/calendar" element={guard('platform_admin', <CalendarPage />)} />
            <Route path="/admin/audit" element={guard('platform_admin', <AuditEventsPage />)} />
            <Route path="/hr/appointments" element={guard('hr_admin', <AppointmentsPage />)} />
            <Route path="/hr/appointments/:id" element={guard('hr_admin', <AppointmentDetailPage />)} />
            <Route path="/bureau/appointments/:id" element={guard('bureau_officer', <AppointmentDetailPage />)} />
            <Route path="/hr/title-recognitions" element={guard('hr_admin', <TitleRecognitionsPage />)} />
            <Route path="/hr/competitions" element={guard('hr_admin', <CompetitionsPage />)} />
            <Route path="/bureau/competition-rules" element={guard('bureau_officer', <CompetitionRulesPage />)} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
