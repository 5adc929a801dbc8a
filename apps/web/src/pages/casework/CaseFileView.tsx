import { PlusOutlined } from '@ant-design/icons';
import {
  caseWorkStages,
  labelOf,
  type CaseFile,
  type CaseTask,
  type CaseWorkStage,
} from '@shegong/domain';
import { Alert, App, Button, Descriptions, Flex, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { GroupTags, RiskTag } from '../clients/ClientLabels';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { AssessmentModal } from './AssessmentModal';
import { advanceCase, markTask } from './casework-api';
import { CaseStageSteps, ReassessmentDue, StageTag, StatusTag } from './CaseLabels';
import {
  AssessmentsSection,
  ClosuresSection,
  ContactsSection,
  EvaluationsSection,
  IntakeSection,
  OpeningsSection,
  PlanSection,
  TimelineSection,
} from './CaseSections';
import { ClosureRequestModal, DecisionModal, type CaseDecision } from './ClosureModals';
import { ContactModal } from './ContactModal';
import { EvaluationModal } from './EvaluationModal';
import { IntakeModal } from './IntakeModal';
import { GoalModal, TaskModal } from './PlanModals';
import { TeamModal } from './TeamFields';
import { useCaseChange } from './useCaseChange';

const order = caseWorkStages.map((s) => s.code);
const reached = (file: CaseFile, stage: CaseWorkStage) =>
  order.indexOf(file.stage) >= order.indexOf(stage);

/**
 * A case file: who and where, the stages as steps, a tab per stage with its records and, for the
 * team, the form that adds to it; the timeline; who opened it with a reason. The server decides
 * what the reader may do (`can`) and refuses a stage skipped with the reason.
 */
export function CaseFileView({ file }: { file: CaseFile }) {
  const { t, language } = useLanguage();
  const { modal } = App.useApp();
  const [tab, setTab] = useState<string>(file.stage === 'closure' ? 'closure' : file.stage);
  const intake = useDialog();
  const assessing = useDialog();
  const planning = useDialog();
  const tasking = useDialog<string>();
  const contacting = useDialog();
  const evaluating = useDialog();
  const closing = useDialog();
  const deciding = useDialog<CaseDecision>();
  const team = useDialog();
  const advance = useCaseChange((to: CaseWorkStage) => advanceCase(file.id, to, file.version), {
    success: (saved) =>
      t('casework.stage.opened', { stage: labelOf(caseWorkStages, saved.stage, language) }),
    caseId: file.id,
  });
  const mark = useCaseChange(
    ({ task, done }: { task: CaseTask; done: boolean }) =>
      markTask(file.id, task.id, done, task.version),
    { success: () => t('casework.task.marked'), caseId: file.id },
  );
  const { content, can } = file;
  const works = can.work;
  const addButton = (label: string, onClick: () => void, stage: CaseWorkStage) =>
    works && reached(file, stage) ? (
      <Button icon={<PlusOutlined />} onClick={onClick}>
        {label}
      </Button>
    ) : undefined;
  const confirmAdvance = (to: CaseWorkStage) =>
    modal.confirm({
      title: t('casework.stage.advanceTo', { stage: labelOf(caseWorkStages, to, language) }),
      content: t('casework.stage.advanceHint'),
      // A refused gate is told by the notice; the dialog closes either way.
      onOk: () =>
        advance.mutateAsync(to).then(
          () => setTab(to),
          () => undefined,
        ),
    });

  return (
    <Page
      title={t('casework.file.title', { name: file.clientName })}
      extra={
        <Space wrap>
          {can.advanceTo && (
            <Button type="primary" onClick={() => confirmAdvance(can.advanceTo!)}>
              {t('casework.stage.advanceTo', {
                stage: labelOf(caseWorkStages, can.advanceTo, language),
              })}
            </Button>
          )}
          {can.requestClosure && (
            <Button type="primary" onClick={() => closing.show(true)}>
              {t('casework.closure.request')}
            </Button>
          )}
          {can.decideClosure && (
            <>
              <Button type="primary" onClick={() => deciding.show('approve')}>
                {t('casework.decision.approve')}
              </Button>
              <Button danger onClick={() => deciding.show('reject')}>
                {t('casework.decision.reject')}
              </Button>
            </>
          )}
          {can.reopen && (
            <Button onClick={() => deciding.show('reopen')}>{t('casework.decision.reopen')}</Button>
          )}
          {can.changeTeam && (
            <Button onClick={() => team.show(true)}>{t('casework.team.change')}</Button>
          )}
        </Space>
      }
    >
      <Flex vertical gap="middle">
        {file.myRole === 'colleague' && (
          <Alert type="info" showIcon title={t('casework.file.summaryOnly')} />
        )}
        {file.myRole === 'officer' && (
          <Alert type="warning" showIcon title={t('casework.file.opened')} />
        )}
        {file.status === 'closure_requested' && (
          <Alert type="warning" showIcon title={t('casework.file.awaitingApproval')} />
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'client',
              label: t('casework.client'),
              children: content?.client.name ?? file.clientName,
            },
            {
              key: 'station',
              label: t('casework.station'),
              children: `${file.stationName}（${file.regionName}）`,
            },
            { key: 'stage', label: t('casework.stage'), children: <StageTag stage={file.stage} /> },
            {
              key: 'status',
              label: t('casework.status'),
              children: <StatusTag status={file.status} />,
            },
            {
              key: 'risk',
              label: t('casework.risk'),
              children: <RiskTag level={file.riskLevel} />,
            },
            {
              key: 'groups',
              label: t('casework.populationGroups'),
              children: <GroupTags groups={file.populationGroups} />,
            },
            { key: 'opened', label: t('casework.openedOn'), children: file.openedOn },
            { key: 'closed', label: t('casework.closedOn'), children: file.closedOn ?? '—' },
            {
              key: 'reassessment',
              label: t('casework.reassessment'),
              children: <ReassessmentDue due={file.reassessment} />,
            },
            {
              key: 'workers',
              label: t('casework.workers'),
              children: file.workers.map((w) => w.name).join('、'),
            },
            { key: 'supervisor', label: t('casework.supervisor'), children: file.supervisor.name },
          ]}
        />
        <CaseStageSteps file={file} />
        {content && (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'intake',
                label: t('casework.tab.intake'),
                children: (
                  <IntakeSection
                    content={content}
                    add={
                      works && file.stage === 'intake' ? (
                        <Button icon={<PlusOutlined />} onClick={() => intake.show(true)}>
                          {t('casework.intake.record')}
                        </Button>
                      ) : undefined
                    }
                  />
                ),
              },
              {
                key: 'assessment',
                label: t('casework.tab.assessment'),
                children: (
                  <AssessmentsSection
                    content={content}
                    add={addButton(
                      t('casework.assessment.record'),
                      () => assessing.show(true),
                      'assessment',
                    )}
                  />
                ),
              },
              {
                key: 'planning',
                label: t('casework.tab.planning'),
                children: (
                  <PlanSection
                    content={content}
                    add={addButton(t('casework.goal.add'), () => planning.show(true), 'planning')}
                    onAddTask={
                      works && reached(file, 'planning')
                        ? (goalId) => tasking.show(goalId)
                        : undefined
                    }
                    onMark={works ? (task, done) => mark.mutate({ task, done }) : undefined}
                  />
                ),
              },
              {
                key: 'intervention',
                label: t('casework.tab.intervention'),
                children: (
                  <ContactsSection
                    content={content}
                    add={addButton(
                      t('casework.contact.add'),
                      () => contacting.show(true),
                      'intervention',
                    )}
                  />
                ),
              },
              {
                key: 'evaluation',
                label: t('casework.tab.evaluation'),
                children: (
                  <EvaluationsSection
                    content={content}
                    add={addButton(
                      t('casework.evaluation.record'),
                      () => evaluating.show(true),
                      'evaluation',
                    )}
                  />
                ),
              },
              {
                key: 'closure',
                label: t('casework.tab.closure'),
                children: <ClosuresSection content={content} />,
              },
              {
                key: 'timeline',
                label: t('casework.tab.timeline'),
                children: <TimelineSection content={content} />,
              },
              {
                key: 'openings',
                label: t('casework.tab.openings'),
                children: <OpeningsSection file={file} />,
              },
            ]}
          />
        )}
        {content && works && content.client.regionCode && (
          <ReferralsSection
            client={{
              id: content.client.id,
              name: content.client.name,
              regionCode: content.client.regionCode,
              regionName: content.client.regionName ?? '',
              minor: content.client.minor ?? false,
            }}
            caseId={file.id}
          />
        )}
      </Flex>
      {intake.payload && <IntakeModal {...intake.props} file={file} />}
      {assessing.payload && <AssessmentModal {...assessing.props} file={file} />}
      {planning.payload && <GoalModal {...planning.props} file={file} />}
      {tasking.payload && <TaskModal {...tasking.props} file={file} goalId={tasking.payload} />}
      {contacting.payload && <ContactModal {...contacting.props} file={file} />}
      {evaluating.payload && <EvaluationModal {...evaluating.props} file={file} />}
      {closing.payload && <ClosureRequestModal {...closing.props} file={file} />}
      {deciding.payload && (
        <DecisionModal {...deciding.props} file={file} decision={deciding.payload} />
      )}
      {team.payload && <TeamModal {...team.props} file={file} />}
    </Page>
  );
}
