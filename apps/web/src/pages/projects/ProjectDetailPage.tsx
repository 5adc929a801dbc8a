import type { ProjectDetail } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Space, Tabs } from 'antd';
import { useParams } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { projectTabs } from './project-tabs';
import { ProjectDrawer } from './ProjectDrawer';
import { ProjectStateTag } from './ProjectLabels';
import { ProjectReviewModal } from './ProjectReviewModal';
import { ProjectStepModal, type ProjectAction } from './ProjectStepModal';
import { getProject, projectKeys } from './projects-api';

/** A project's page: where it stands, what may be done next, and the tabs of every stage. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: projectKeys.one(id),
    queryFn: ({ signal }) => getProject(id, signal),
  });
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ProjectFile project={detail.data} />;
}

const tabKeys = ['tab'] as const;
const dangerous = new Set<ProjectAction>(['terminated', 'draft']);

function ProjectFile({ project }: { project: ProjectDetail }) {
  const t = useT();
  const { can } = useSession();
  const editing = useDialog();
  const stepping = useDialog<ProjectAction>();
  const reviewing = useDialog();
  const [address, setAddress] = useUrlFilters(tabKeys);
  const tabs = projectTabs.filter((tab) => !tab.shows || tab.shows(project));
  const active = tabs.some((tab) => tab.key === address.tab) ? address.tab : tabs[0]?.key;
  const mayReview = project.state === 'review' && can('projects:manage') && !project.asProvider;
  const drafterWaits =
    project.state === 'pending_approval' &&
    !project.asProvider &&
    !project.allowedMoves.includes('approved');

  return (
    <Page
      title={
        <Space>
          {project.title}
          <ProjectStateTag state={project.state} />
        </Space>
      }
      extra={
        <Space wrap>
          {project.editable && (
            <Button onClick={() => editing.show(true)}>{t('projects.edit')}</Button>
          )}
          {mayReview && (
            <Button type="primary" onClick={() => reviewing.show(true)}>
              {t('projects.review.record')}
            </Button>
          )}
          {project.allowedMoves.map((to) => (
            <Button
              key={to}
              type={dangerous.has(to as ProjectAction) ? 'default' : 'primary'}
              danger={dangerous.has(to as ProjectAction)}
              onClick={() => stepping.show(to as ProjectAction)}
            >
              {t(`projects.move.${to as ProjectAction}`)}
            </Button>
          ))}
        </Space>
      }
    >
      <Flex vertical gap="middle">
        {project.asProvider && <Alert type="info" showIcon title={t('projects.asProvider')} />}
        {drafterWaits && <Alert type="warning" showIcon title={t('projects.fourEyes')} />}
        <Tabs
          activeKey={active}
          onChange={(tab) => setAddress({ tab })}
          items={tabs.map((tab) => ({
            key: tab.key,
            label: t(tab.label),
            children: tab.render(project),
          }))}
        />
      </Flex>
      {editing.payload && <ProjectDrawer {...editing.props} project={project} />}
      {reviewing.payload && <ProjectReviewModal {...reviewing.props} project={project} />}
      {stepping.payload && (
        <ProjectStepModal {...stepping.props} project={project} action={stepping.payload} />
      )}
    </Page>
  );
}
