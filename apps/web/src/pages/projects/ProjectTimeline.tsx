import {
  labelOf,
  projectStates,
  projectMoveOf,
  type ProjectDetail,
  type ProjectState,
} from '@shegong/domain';
import { Card, Flex, Steps, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/useLanguage';
import { projectStageDocuments } from './project-stage-documents';

/** The stages a project passes on its way, in order (终止 is shown apart). */
const stages = projectStates
  .map((s) => s.code)
  .filter((code): code is Exclude<ProjectState, 'terminated'> => code !== 'terminated');

/**
 * 项目进程: the stages with where the project stands, each stage's documents, and every move
 * with who made it, when and why.
 */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const { t, language } = useLanguage();
  const terminated = project.state === 'terminated';
  // Where a terminated project stopped: the state it left.
  const reached = terminated ? (project.moves.at(-1)?.from ?? 'draft') : project.state;
  const current = stages.indexOf(reached as (typeof stages)[number]);
  const documented = stages.filter((s, i) => i <= current && projectStageDocuments[s]);

  return (
    <Flex vertical gap="middle">
      <Card size="small" title={t('projects.timeline.stages')}>
        <Steps
          size="small"
          current={current}
          status={terminated ? 'error' : project.state === 'closed' ? 'finish' : 'process'}
          items={stages.map((s) => ({ title: labelOf(projectStates, s, language) }))}
          responsive
        />
      </Card>
      {documented.map((s) => {
        const content = projectStageDocuments[s]!(project);
        return content ? (
          <Card
            key={s}
            size="small"
            title={`${labelOf(projectStates, s, language)} · ${t('projects.timeline.documents')}`}
          >
            {content}
          </Card>
        ) : null;
      })}
      <Card size="small" title={t('projects.timeline.moves')}>
        <Timeline
          items={project.moves.map((m) => {
            const move = m.from ? projectMoveOf(m.from, m.to) : null;
            return {
              key: m.id,
              color: m.to === 'terminated' ? 'red' : m.reason ? 'orange' : 'blue',
              content: (
                <Flex vertical>
                  <Typography.Text strong>
                    {move ? move.label[language] : t('projects.timeline.created')} →{' '}
                    {labelOf(projectStates, m.to, language)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.actorName} · {formatDateTime(m.at)}
                  </Typography.Text>
                  {m.reason && <Typography.Text>{m.reason}</Typography.Text>}
                </Flex>
              ),
            };
          })}
        />
      </Card>
    </Flex>
  );
}
