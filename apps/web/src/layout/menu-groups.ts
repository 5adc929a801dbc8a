import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  HeartOutlined,
  SettingOutlined,
  ShoppingOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { MenuHeading } from './menu';

/**
 * The groups of the side menu that hold the pages of several modules; a module names its group
 * (`group` of app/web-module.tsx). A group of one module's pages alone would live in its folder.
 */
export const menuGroups = {
  /** 社会组织 */
  organisations: { key: 'organisationGroup', icon: BankOutlined, label: 'menu.organisationGroup' },
  /** 阵地建设 */
  network: { key: 'networkGroup', icon: ApartmentOutlined, label: 'menu.networkGroup' },
  /** 服务 (service delivery: clients, cases, groups, referrals) */
  service: { key: 'serviceGroup', icon: HeartOutlined, label: 'menu.serviceGroup' },
  /** 政府购买服务 (funds, projects, tenders, contracts) */
  purchase: { key: 'purchaseGroup', icon: ShoppingOutlined, label: 'menu.purchaseGroup' },
  /** 评估管理 (indicators, evaluations) */
  evaluation: { key: 'evaluationGroup', icon: AuditOutlined, label: 'menu.evaluationGroup' },
  /** 社工人才 */
  talent: { key: 'talentGroup', icon: SolutionOutlined, label: 'menu.talentGroup' },
  /** 系统管理, under /admin */
  admin: { key: 'admin', icon: SettingOutlined, label: 'menu.admin', path: '/admin' },
} satisfies Record<string, MenuHeading>;
