import {
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  ContactsOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  IdcardOutlined,
  PieChartOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Permission } from '@shegong/domain';
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/messages';

/**
 * What a page needs: a permission, any one of several permissions, or only a signed-in user in
 * good standing.
 */
export type Requirement = Permission | readonly Permission[] | 'authenticated';

export interface MenuPage {
  key: string;
  path: string;
  icon: ComponentType;
  label: MessageKey;
  /** Shown as a card on the home page when set. */
  description?: MessageKey;
  /**
   * When the description promises changes: what they need, and the card's text for a reader
   * without it (a 机构管理员 reads but does not register).
   */
  writes?: { requires: Requirement; description: MessageKey };
  /** The menu hides the entry and the route answers 403 without it. */
  requires: Requirement;
}

export interface MenuGroup {
  key: string;
  icon: ComponentType;
  label: MessageKey;
  children: readonly MenuPage[];
}

/**
 * The one definition of the navigation: the side menu, the home page cards, the breadcrumb and
 * the route guards all read it. A module adds its pages here (and its routes in app/routes.tsx).
 */
export const menu = [
  { key: 'home', path: '/', icon: HomeOutlined, label: 'menu.home', requires: 'authenticated' },
  {
    key: 'organisationGroup',
    icon: BankOutlined,
    label: 'menu.organisationGroup',
    children: [
      {
        key: 'organisations',
        path: '/organisations',
        icon: ProfileOutlined,
        label: 'menu.organisations',
        description: 'menu.organisations.description',
        writes: {
          requires: 'organisations:write',
          description: 'menu.organisations.readDescription',
        },
        // An organisation's own administrator opens it too, to see their one organisation.
        requires: ['organisations:read', 'organisations:read_own'],
      },
      {
        key: 'incubation',
        path: '/incubation',
        icon: ExperimentOutlined,
        label: 'menu.incubation',
        description: 'menu.incubation.description',
        requires: 'organisations:support',
      },
    ],
  },
  {
    key: 'networkGroup',
    icon: ApartmentOutlined,
    label: 'menu.networkGroup',
    children: [
      {
        key: 'stations',
        path: '/stations',
        icon: ShopOutlined,
        label: 'menu.stations',
        description: 'menu.stations.description',
        requires: 'stations:read',
      },
      {
        key: 'coverage',
        path: '/coverage',
        icon: BarChartOutlined,
        label: 'menu.coverage',
        description: 'menu.coverage.description',
        requires: 'coverage:read',
      },
    ],
  },
  {
    key: 'talentGroup',
    icon: SolutionOutlined,
    label: 'menu.talentGroup',
    children: [
      {
        key: 'workers',
        path: '/workers',
        icon: ContactsOutlined,
        label: 'menu.workers',
        description: 'menu.workers.description',
        writes: { requires: 'workers:write', description: 'menu.workers.readDescription' },
        // An organisation's administrator sees the workers the organisation employs.
        requires: ['workers:read', 'workers:read_own'],
      },
      {
        key: 'registrations',
        path: '/registrations',
        icon: SafetyCertificateOutlined,
        label: 'menu.registrations',
        description: 'menu.registrations.description',
        // Everyone who reads the registry sees what is due; reviewing takes its own permission.
        requires: 'workers:read',
      },
      {
        key: 'education',
        path: '/education',
        icon: ReadOutlined,
        label: 'menu.education',
        description: 'menu.education.description',
        requires: 'workers:read',
      },
      {
        key: 'rewards',
        path: '/rewards',
        icon: TrophyOutlined,
        label: 'menu.rewards',
        description: 'menu.rewards.description',
        requires: 'rewards:manage',
      },
      {
        key: 'talentStatistics',
        path: '/talent-statistics',
        icon: PieChartOutlined,
        label: 'menu.talentStatistics',
        description: 'menu.talentStatistics.description',
        requires: 'talent:statistics',
      },
    ],
  },
  {
    key: 'admin',
    icon: SettingOutlined,
    label: 'menu.admin',
    children: [
      {
        key: 'accounts',
        path: '/admin/accounts',
        icon: TeamOutlined,
        label: 'menu.accounts',
        description: 'menu.accounts.description',
        requires: 'accounts:read',
      },
      {
        key: 'roles',
        path: '/admin/roles',
        icon: IdcardOutlined,
        label: 'menu.roles',
        description: 'menu.roles.description',
        requires: 'authenticated',
      },
      {
        key: 'securityPolicy',
        path: '/admin/security-policy',
        icon: SafetyOutlined,
        label: 'menu.securityPolicy',
        description: 'menu.securityPolicy.description',
        requires: 'security:manage',
      },
      {
        key: 'audit',
        path: '/admin/audit',
        icon: FileSearchOutlined,
        label: 'menu.audit',
        description: 'menu.audit.description',
        requires: 'audit:read',
      },
    ],
  },
] as const satisfies readonly (MenuPage | MenuGroup)[];

export type MenuEntry = (typeof menu)[number];

export function isMenuGroup<E extends MenuPage | MenuGroup>(
  entry: E,
): entry is Extract<E, MenuGroup> {
  return 'children' in entry;
}

/** Every page of the menu, groups flattened. */
export const menuPages: readonly MenuPage[] = menu.flatMap((entry): readonly MenuPage[] =>
  isMenuGroup(entry) ? entry.children : [entry],
);

type PagesOf<E> = E extends { children: readonly (infer Page)[] } ? Page : E;
export type MenuPageKey = PagesOf<MenuEntry>['key'];

export function menuPage(key: MenuPageKey): MenuPage {
  const page = menuPages.find((p) => p.key === key);
  if (!page) throw new RangeError(`No menu page ${key}`);
  return page;
}

/** The menu page a location belongs to: the longest path that is a prefix of it. */
export function menuPageOf(pathname: string): MenuPage | undefined {
  return menuPages
    .filter((p) => pathname === p.path || (p.path !== '/' && pathname.startsWith(`${p.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
