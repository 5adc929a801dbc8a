import type { ProjectDetail } from '@shegong/domain';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { contractInForce, mayHaveContract } from '../contracts/ProjectContract';
import { ProjectContractTab } from '../contracts/ProjectContractTab';
import { ProjectPaymentsTab } from '../contracts/ProjectPaymentsTab';
import { ProjectReportsTab } from '../contracts/ProjectReportsTab';
import { ProjectFundingTab } from '../funds/ProjectFundingTab';
import { ProjectTenderTab } from '../tenders/ProjectTenderTab';
import { ProjectOverview } from './ProjectOverview';
import { ProjectReviews } from './ProjectReviews';
import { ProjectTimeline } from './ProjectTimeline';

/** One tab of the project page. */
export interface ProjectTab {
  key: string;
  label: MessageKey;
  /** Shown only when this holds (a tender tab from 已立项 on); always when absent. */
  shows?: (project: ProjectDetail) => boolean;
  render: (project: ProjectDetail) => ReactNode;
}

/**
 * The tabs of the project page, in order. The other purchase modules add theirs here, one line
 * each, from their own folders: the 招标 tab (pages/tenders), the 合同 and 付款 tabs
 * (pages/contracts).
 */
export const projectTabs: readonly ProjectTab[] = [
  {
    key: 'overview',
    label: 'projects.tab.overview',
    render: (p) => <ProjectOverview project={p} />,
  },
  {
    key: 'timeline',
    label: 'projects.tab.timeline',
    render: (p) => <ProjectTimeline project={p} />,
  },
  { key: 'reviews', label: 'projects.tab.reviews', render: (p) => <ProjectReviews project={p} /> },
  {
    key: 'funding',
    label: 'funds.projectTab',
    shows: (p) => !p.asProvider,
    render: (p) => <ProjectFundingTab project={p} />,
  },
  {
    key: 'tender',
    label: 'tenders.tab',
    shows: (p) => !p.asProvider && !['draft', 'review', 'pending_approval'].includes(p.state),
    render: (p) => <ProjectTenderTab project={p} />,
  },
  {
    key: 'contract',
    label: 'contracts.tab',
    shows: mayHaveContract,
    render: (p) => <ProjectContractTab project={p} />,
  },
  {
    key: 'payments',
    label: 'contracts.payments.tab',
    shows: mayHaveContract,
    render: (p) => <ProjectPaymentsTab project={p} />,
  },
  {
    key: 'reports',
    label: 'contracts.reports.tab',
    shows: contractInForce,
    render: (p) => <ProjectReportsTab project={p} />,
  },
];
