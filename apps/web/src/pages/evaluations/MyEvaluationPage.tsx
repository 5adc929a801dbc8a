import type { MyEvaluation } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, List, Table } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { DeclarationForm } from './DeclarationForm';
import { AssignmentStatusTag, RoundStatusTag, useKindLabel } from './EvaluationLabels';
import { evaluationKeys, getMine, saveMySheet, submitMySheet } from './evaluations-api';
import { agreedLevel, EvidenceOutputsDrawer } from './EvidenceOutputsDrawer';
import { useMyEvidenceFiles } from './EvidenceFiles';
import { EvidenceReportDrawer } from './EvidenceReportDrawer';
import { partyItems } from './marks';
import { ScoringForm } from './ScoringForm';

/** 我的评估 › one assignment: the declaration first; once cleared, the project and the sheet. */
export function MyEvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const mine = useQuery({
    queryKey: evaluationKeys.my(id),
    queryFn: ({ signal }) => getMine(id, signal),
  });
  if (mine.isError) return <ErrorResult error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <PageSpinner />;
  const m = mine.data;
  const status = m.assignment.status;
  return (
    <Page title={`${m.round.projectTitle} · ${kindLabel(m.round.kind)}`}>
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'provider', label: t('evaluations.provider'), children: m.round.providerName },
            { key: 'region', label: t('evaluations.region'), children: m.round.regionName },
            { key: 'dueOn', label: t('evaluations.dueOn'), children: m.round.dueOn },
            {
              key: 'declaration',
              label: t('evaluations.mine.declaration'),
              children: <AssignmentStatusTag status={status} />,
            },
            {
              key: 'round',
              label: t('evaluations.status'),
              children: <RoundStatusTag status={m.round.status} />,
            },
          ]}
        />
        {status === 'awaiting_declaration' && <DeclarationForm mine={m} />}
        {(status === 'conflict' || status === 'withdrawn') && (
          <Alert
            type="warning"
            showIcon
            message={t(`evaluations.mine.${status}`)}
            description={m.assignment.resolution || m.assignment.declarationNote}
          />
        )}
        {m.project && <ClearedEvaluation mine={m} project={m.project} />}
      </Flex>
    </Page>
  );
}

/** After clearing: the contract's indicators and reports, and the third party's scoring form. */
function ClearedEvaluation({
  mine,
  project,
}: {
  mine: MyEvaluation;
  project: NonNullable<MyEvaluation['project']>;
}) {
  const { t, language } = useLanguage();
  const viewing = useDialog<string>();
  const outputs = useDialog<true>();
  const id = mine.assignment.id;
  const files = useMyEvidenceFiles(id);
  return (
    <>
      <Card size="small" title={t('evaluations.mine.contract', { code: project.contractCode })}>
        <Flex wrap gap="middle">
          <Table
            rowKey="name"
            size="small"
            pagination={false}
            style={{ flex: '2 1 360px' }}
            dataSource={project.indicators}
            aria-label={t('evaluations.mine.indicators')}
            columns={[
              { key: 'name', title: t('evaluations.mine.indicators'), dataIndex: 'name' },
              {
                key: 'level',
                title: t('evaluations.mine.level'),
                render: (_, i) => agreedLevel(i, language),
              },
            ]}
          />
          <List
            size="small"
            bordered
            style={{ flex: '1 1 240px' }}
            header={
              <Flex justify="space-between" align="center">
                {t('evaluations.mine.reports')}
                <Button size="small" onClick={() => outputs.show(true)}>
                  {t('evaluations.mine.outputs.open')}
                </Button>
              </Flex>
            }
            dataSource={project.reports}
            locale={{ emptyText: t('evaluations.mine.reports.none') }}
            renderItem={(r) => (
              <List.Item>
                <Button type="link" size="small" onClick={() => viewing.show(r.id)}>
                  {r.periodKey}
                </Button>
              </List.Item>
            )}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('evaluations.mine.sheet')}>
        <ScoringForm
          items={partyItems(project.items, 'third_party')}
          sheet={project.sheet}
          editable={project.canScore}
          reports={project.reports}
          outputs
          files={files}
          invalidates={[evaluationKeys.mine]}
          save={async (marks, version) =>
            (await saveMySheet(id, { marks, version })).project?.sheet ?? null
          }
          submit={(version) => submitMySheet(id, version)}
        />
      </Card>
      {outputs.payload && <EvidenceOutputsDrawer {...outputs.props} assignmentId={id} />}
      {viewing.payload && (
        <EvidenceReportDrawer {...viewing.props} assignmentId={id} reportId={viewing.payload} />
      )}
    </>
  );
}
