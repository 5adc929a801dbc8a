import {
  assessmentForms,
  caseEventKinds,
  caseWorkStages,
  closureDecisions,
  closureReasons,
  contactMedia,
  declineDispositions,
  goalAchievements,
  intakeSources,
  labelOf,
  type CaseFile,
  type CaseTask,
} from '@shegong/domain';
import {
  Button,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  List,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n/useLanguage';
import { RiskTag } from '../clients/ClientLabels';

type Content = NonNullable<CaseFile['content']>;

const when = (at: string, language: string) => new Date(at).toLocaleString(language);

function Section({ add, children }: { add?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap="middle">
      {add && <div>{add}</div>}
      {children}
    </Flex>
  );
}

export function IntakeSection({ content, add }: { content: Content; add?: ReactNode }) {
  const { t, language } = useLanguage();
  const intake = content.intake;
  return (
    <Section add={add}>
      {!intake ? (
        <Empty description={t('casework.intake.none')} />
      ) : (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: 'decision',
              label: t('casework.intake.decision'),
              children: t(`casework.intake.${intake.decision}`),
            },
            { key: 'on', label: t('casework.intake.on'), children: intake.intakeOn },
            {
              key: 'source',
              label: t('casework.intake.source'),
              children: labelOf(intakeSources, intake.source, language),
            },
            {
              key: 'problem',
              label: t('casework.intake.problem'),
              children: <Typography.Paragraph>{intake.presentingProblem}</Typography.Paragraph>,
            },
            ...(intake.decision === 'declined'
              ? [
                  {
                    key: 'reason',
                    label: t('casework.intake.declineReason'),
                    children: intake.declineReason,
                  },
                  {
                    key: 'disposition',
                    label: t('casework.intake.disposition'),
                    children: `${intake.disposition ? labelOf(declineDispositions, intake.disposition, language) : ''} ${intake.referredTo ?? ''}`,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}

export function AssessmentsSection({ content, add }: { content: Content; add?: ReactNode }) {
  const { t, language } = useLanguage();
  return (
    <Section add={add}>
      {content.assessments.length === 0 && <Empty description={t('casework.assessment.none')} />}
      {content.assessments.map((a) => {
        const form = assessmentForms.find((f) => f.code === a.formCode);
        return (
          <div key={a.id}>
            <Flex gap="small" align="center" wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>{a.assessedOn}</Typography.Text>
              <Tag>{form ? form[language] : a.formCode}</Tag>
              <RiskTag level={a.riskLevel} />
              <Typography.Text type="secondary">{a.recordedByName}</Typography.Text>
            </Flex>
            <Table
              rowKey="domain"
              size="small"
              pagination={false}
              dataSource={a.scores}
              columns={[
                {
                  key: 'domain',
                  title: t('casework.assessment.domain'),
                  render: (_, s) =>
                    form?.domains.find((d) => d.code === s.domain)?.[language] ?? s.domain,
                },
                {
                  key: 'score',
                  title: t('casework.assessment.score'),
                  dataIndex: 'score',
                  width: 80,
                },
                { key: 'reason', title: t('casework.assessment.reason'), dataIndex: 'reason' },
              ]}
            />
            {a.summary && (
              <Typography.Paragraph style={{ marginTop: 8 }}>{a.summary}</Typography.Paragraph>
            )}
          </div>
        );
      })}
    </Section>
  );
}

export function PlanSection({
  content,
  add,
  onAddTask,
  onMark,
}: {
  content: Content;
  add?: ReactNode;
  onAddTask?: (goalId: string) => void;
  onMark?: (task: CaseTask, done: boolean) => void;
}) {
  const { t } = useLanguage();
  return (
    <Section add={add}>
      {content.goals.length === 0 && <Empty description={t('casework.goal.none')} />}
      {content.goals.map((goal) => (
        <List
          key={goal.id}
          size="small"
          bordered
          header={
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{goal.title}</Typography.Text>
              {onAddTask && (
                <Button size="small" onClick={() => onAddTask(goal.id)}>
                  {t('casework.task.add')}
                </Button>
              )}
            </Flex>
          }
          dataSource={goal.tasks}
          locale={{ emptyText: t('casework.task.none') }}
          renderItem={(task) => (
            <List.Item>
              <Flex gap="small" align="center" wrap>
                <Checkbox
                  checked={task.doneOn !== null}
                  disabled={!onMark}
                  onChange={(e) => onMark?.(task, e.target.checked)}
                >
                  {task.title}
                </Checkbox>
                <Typography.Text type="secondary">
                  {t('casework.task.due', { date: task.dueOn })}
                </Typography.Text>
                {task.overdue && <Tag color="red">{t('casework.task.overdue')}</Tag>}
                {task.doneOn && (
                  <Tag color="green">{t('casework.task.doneOn', { date: task.doneOn })}</Tag>
                )}
              </Flex>
            </List.Item>
          )}
        />
      ))}
    </Section>
  );
}

export function ContactsSection({ content, add }: { content: Content; add?: ReactNode }) {
  const { t, language } = useLanguage();
  return (
    <Section add={add}>
      <Table
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={content.contacts}
        locale={{ emptyText: t('casework.contact.none') }}
        scroll={{ x: 720 }}
        columns={[
          {
            key: 'at',
            title: t('casework.contact.at'),
            render: (_, c) => when(c.occurredAt, language),
            width: 170,
          },
          {
            key: 'medium',
            title: t('casework.contact.medium'),
            render: (_, c) => (
              <>
                {labelOf(contactMedia, c.medium, language)}{' '}
                {c.attempted && <Tag>{t('casework.contact.attemptedTag')}</Tag>}
              </>
            ),
            width: 120,
          },
          {
            key: 'minutes',
            title: t('casework.contact.minutes'),
            dataIndex: 'durationMinutes',
            width: 90,
          },
          { key: 'content', title: t('casework.contact.content'), dataIndex: 'content' },
          { key: 'by', title: t('casework.recordedBy'), dataIndex: 'recordedByName', width: 120 },
        ]}
      />
    </Section>
  );
}

export function EvaluationsSection({ content, add }: { content: Content; add?: ReactNode }) {
  const { t, language } = useLanguage();
  const goalTitle = (id: string) => content.goals.find((g) => g.id === id)?.title ?? '—';
  return (
    <Section add={add}>
      {content.evaluations.length === 0 && <Empty description={t('casework.evaluation.none')} />}
      {content.evaluations.map((e) => (
        <Descriptions
          key={e.id}
          bordered
          size="small"
          column={1}
          title={`${e.evaluatedOn} · ${e.recordedByName}`}
          items={[
            ...e.goals.map((g) => ({
              key: g.goalId,
              label: goalTitle(g.goalId),
              children: `${labelOf(goalAchievements, g.achievement, language)}${g.note ? `：${g.note}` : ''}`,
            })),
            { key: 'summary', label: t('casework.evaluation.summary'), children: e.summary },
          ]}
        />
      ))}
    </Section>
  );
}

export function ClosuresSection({ content, add }: { content: Content; add?: ReactNode }) {
  const { t, language } = useLanguage();
  return (
    <Section add={add}>
      {content.closures.length === 0 && <Empty description={t('casework.closure.none')} />}
      {content.closures.map((c) => (
        <Descriptions
          key={c.id}
          bordered
          size="small"
          column={1}
          title={
            <Flex gap="small" align="center">
              {when(c.requestedAt, language)} · {c.requestedByName}
              <Tag
                color={
                  c.decision === 'approved' ? 'green' : c.decision === 'rejected' ? 'red' : 'gold'
                }
              >
                {labelOf(closureDecisions, c.decision, language)}
              </Tag>
            </Flex>
          }
          items={[
            {
              key: 'reasons',
              label: t('casework.closure.reasons'),
              children: c.reasons.map((r) => labelOf(closureReasons, r, language)).join('、'),
            },
            { key: 'summary', label: t('casework.closure.summary'), children: c.summary },
            ...(c.decidedByName
              ? [
                  {
                    key: 'decision',
                    label: t('casework.closure.decidedBy'),
                    children: `${c.decidedByName} · ${when(c.decidedAt!, language)}${c.decisionNote ? `：${c.decisionNote}` : ''}`,
                  },
                ]
              : []),
          ]}
        />
      ))}
    </Section>
  );
}

/** The case timeline: every move, who made it and when; a returned referral's result shows here. */
export function TimelineSection({ content }: { content: Content }) {
  const { language } = useLanguage();
  return (
    <Timeline
      items={content.timeline.map((e) => ({
        key: e.id,
        color:
          e.kind === 'closure_approved' ? 'green' : e.kind === 'closure_rejected' ? 'red' : 'blue',
        children: (
          <>
            <Typography.Text strong>
              {labelOf(caseEventKinds, e.kind, language)}
              {e.stage && e.kind === 'stage_opened'
                ? `：${labelOf(caseWorkStages, e.stage, language)}`
                : ''}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {e.actorName} · {when(e.at, language)}
            </Typography.Text>
            {e.note && <Typography.Paragraph style={{ margin: 0 }}>{e.note}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}

export function OpeningsSection({ file }: { file: CaseFile }) {
  const { t, language } = useLanguage();
  return (
    <Table
      rowKey="at"
      size="small"
      pagination={false}
      dataSource={file.fileOpenings}
      locale={{ emptyText: t('casework.openings.empty') }}
      columns={[
        { key: 'at', title: t('casework.openings.at'), render: (_, o) => when(o.at, language) },
        { key: 'by', title: t('casework.openings.by'), dataIndex: 'actorName' },
        { key: 'reason', title: t('casework.openings.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}
