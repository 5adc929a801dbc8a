import {
  caseStatuses,
  caseWorkStages,
  labelOf,
  type CaseFile,
  type CaseStatus,
  type CaseSummary,
  type CaseWorkStage,
} from '@shegong/domain';
import { Steps, Tag } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const stageColours: Record<CaseWorkStage, string> = {
  intake: 'default',
  assessment: 'cyan',
  planning: 'blue',
  intervention: 'geekblue',
  evaluation: 'purple',
  closure: 'gold',
};

const statusColours: Record<CaseStatus, string> = {
  open: 'processing',
  closure_requested: 'warning',
  closed: 'success',
  not_taken: 'default',
};

export function StageTag({ stage }: { stage: CaseWorkStage }) {
  const { language } = useLanguage();
  return <Tag color={stageColours[stage]}>{labelOf(caseWorkStages, stage, language)}</Tag>;
}

export function StatusTag({ status }: { status: CaseStatus }) {
  const { language } = useLanguage();
  return <Tag color={statusColours[status]}>{labelOf(caseStatuses, status, language)}</Tag>;
}

/** The re-assessment due date, red when it has passed. */
export function ReassessmentDue({ due }: { due: CaseSummary['reassessment'] }) {
  const { t } = useLanguage();
  if (!due) return <>—</>;
  return due.overdue ? (
    <Tag color="red">{t('casework.reassessment.overdue', { date: due.dueOn })}</Tag>
  ) : (
    <>{due.dueOn}</>
  );
}

/** The MZ/T 094 stages as steps: who opened each and when, from the case timeline. */
export function CaseStageSteps({ file }: { file: CaseFile }) {
  const { language } = useLanguage();
  const current = caseWorkStages.findIndex((s) => s.code === file.stage);
  const timeline = file.content?.timeline ?? [];
  return (
    <Steps
      size="small"
      current={current}
      status={
        file.status === 'closed' ? 'finish' : file.status === 'not_taken' ? 'error' : 'process'
      }
      responsive
      items={caseWorkStages.map((stage) => {
        const opened = [...timeline]
          .reverse()
          .find(
            (e) =>
              e.stage === stage.code &&
              ['opened', 'stage_opened', 'closure_requested', 'reopened'].includes(e.kind),
          );
        return {
          title: stage[language],
          description: opened
            ? `${opened.actorName} · ${new Date(opened.at).toLocaleDateString(language)}`
            : undefined,
        };
      })}
    />
  );
}
