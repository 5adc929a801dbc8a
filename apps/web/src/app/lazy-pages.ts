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
