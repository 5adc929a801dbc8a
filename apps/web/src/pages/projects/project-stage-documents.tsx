import type { ProjectDetail, ProjectState } from '@shegong/domain';
import type { ReactNode } from 'react';
import { ProjectOverview } from './ProjectOverview';
import { ProjectReviews } from './ProjectReviews';

/**
 * What each stage of the timeline shows as its documents, beyond the moves: the need study and
 * the review here; the tender, the contract and the reports come from the modules that keep them
 * (one line each, like the tabs).
 */
export const projectStageDocuments: Partial<
  Record<ProjectState, (project: ProjectDetail) => ReactNode>
> = {
  draft: (p) => (p.needs ? <ProjectOverview project={p} only="needs" /> : null),
  review: (p) => (p.reviews.length > 0 ? <ProjectReviews project={p} compact /> : null),
};
