import { lazy } from 'react';

// Pages load with their route, so the first screen needs only the shell.
export const LoginPage = lazy(() =>
  import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })),
);
export const ChangePasswordPage = lazy(() =>
  import('../auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
export const HomePage = lazy(() =>
  import('../pages/home/HomePage').then((m) => ({ default: m.HomePage })),
);
export const AccountsPage = lazy(() =>
  import('../pages/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })),
);
export const AccountDetailPage = lazy(() =>
  import('../pages/accounts/AccountDetailPage').then((m) => ({ default: m.AccountDetailPage })),
);
export const RolesPage = lazy(() =>
  import('../pages/roles/RolesPage').then((m) => ({ default: m.RolesPage })),
);
export const SecurityPolicyPage = lazy(() =>
  import('../pages/security-policy/SecurityPolicyPage').then((m) => ({
    default: m.SecurityPolicyPage,
  })),
);
export const AuditPage = lazy(() =>
  import('../pages/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);
export const OrganisationsPage = lazy(() =>
  import('../pages/organisations/OrganisationsPage').then((m) => ({
    default: m.OrganisationsPage,
  })),
);
export const OrganisationDetailPage = lazy(() =>
  import('../pages/organisations/OrganisationDetailPage').then((m) => ({
    default: m.OrganisationDetailPage,
  })),
);
export const IncubationPage = lazy(() =>
  import('../pages/incubation/IncubationPage').then((m) => ({ default: m.IncubationPage })),
);
export const StationsPage = lazy(() =>
  import('../pages/stations/StationsPage').then((m) => ({ default: m.StationsPage })),
);
export const StationDetailPage = lazy(() =>
  import('../pages/stations/StationDetailPage').then((m) => ({ default: m.StationDetailPage })),
);
export const CoveragePage = lazy(() =>
  import('../pages/coverage/CoveragePage').then((m) => ({ default: m.CoveragePage })),
);
export const WorkersPage = lazy(() =>
  import('../pages/workers/WorkersPage').then((m) => ({ default: m.WorkersPage })),
);
export const WorkerDetailPage = lazy(() =>
  import('../pages/workers/WorkerDetailPage').then((m) => ({ default: m.WorkerDetailPage })),
);
export const RegistrationsPage = lazy(() =>
  import('../pages/registrations/RegistrationsPage').then((m) => ({
    default: m.RegistrationsPage,
  })),
);
export const EducationPage = lazy(() =>
  import('../pages/education/EducationPage').then((m) => ({ default: m.EducationPage })),
);
export const RewardsPage = lazy(() =>
  import('../pages/rewards/RewardsPage').then((m) => ({ default: m.RewardsPage })),
);
export const TalentStatisticsPage = lazy(() =>
  import('../pages/talent-statistics/TalentStatisticsPage').then((m) => ({
    default: m.TalentStatisticsPage,
  })),
);
