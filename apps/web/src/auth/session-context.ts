import type { Permission, Session } from '@shegong/domain';
import { createContext } from 'react';
import type { Requirement } from '../layout/menu';
import type { Credentials, PasswordChange } from './session-api';

export interface SessionContextValue {
  /** Null when nobody is signed in. */
  session: Session | null;
  /** Why the user was signed out by the server, to tell them on the login page. */
  signedOutBecause: 'expired' | null;
  can: (permission: Permission) => boolean;
  /** A menu or route requirement: a permission, or just being signed in. */
  meets: (requirement: Requirement) => boolean;
  /** Whether a record of this region lies inside the user's scope (where they may change it). */
  inScope: (regionCode: string) => boolean;
  signIn: (credentials: Credentials) => Promise<Session>;
  signOut: () => Promise<void>;
  changePassword: (change: PasswordChange) => Promise<Session>;
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
