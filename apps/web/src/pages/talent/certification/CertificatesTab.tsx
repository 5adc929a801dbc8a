import { PlusOutlined } from '@ant-design/icons';
import {
  certificateLevels,
  examLevels,
  examPassedYear,
  examSubjects,
  labelOf,
  type Certificate,
  type ExamLevel,
  type WorkerDetail,
} from '@shegong/domain';
import { Button, Card, Empty, Flex, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { TableToolbar } from '../../../components/TableToolbar';
import { useDialog } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { CertificateModal } from './CertificateModal';
import { DeleteRecordModal } from '../corrections/DeleteRecordModal';
import { ExamScoreModal } from './ExamScoreModal';
import { RecordActions } from '../corrections/RecordActions';
import { LevelTag, RegistrationState } from '../registry/TalentTags';
import type { ExamScoreRecord } from '../registry/workers-api';

/** The latest registration of a certificate, as the list shows it. */
export function latestRegistration(worker: WorkerDetail, certificateId: string) {
  return (
    worker.registrations
      .filter((r) => r.certificateId === certificateId)
      .sort((a, b) => b.appliedOn.localeCompare(a.appliedOn))[0] ?? null
  );
}

/** 证书与考试: certificates held, and exam scores by level and year with what they add up to. */
export function CertificatesTab({ worker, mayWrite }: { worker: WorkerDetail; mayWrite: boolean }) {
  const { language, t } = useLanguage();
  const addingCertificate = useDialog();
  const addingScore = useDialog();
  const editingCertificate = useDialog<Certificate>();
  const deletingCertificate = useDialog<Certificate>();
  const editingScore = useDialog<ExamScoreRecord>();
  const deletingScore = useDialog<ExamScoreRecord>();
  const levelLabel = (level: string) =>
    certificateLevels.find((l) => l.code === level)?.[language] ?? level;
  const columns: TableProps<Certificate>['columns'] = [
    {
      key: 'level',
      title: t('workers.certificate.level'),
      dataIndex: 'level',
      render: (level: Certificate['level']) => <LevelTag level={level} />,
    },
    { key: 'certifiedOn', title: t('workers.certificate.certifiedOn'), dataIndex: 'certifiedOn' },
    {
      key: 'managementNumber',
      title: t('workers.certificate.managementNumber'),
      dataIndex: 'managementNumber',
      render: (n: string | null) => n ?? '—',
    },
    {
      key: 'registration',
      title: t('workers.registration'),
      render: (_value, certificate) => (
        <RegistrationState registration={latestRegistration(worker, certificate.id)} />
      ),
    },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, certificate: Certificate) => (
              <RecordActions
                onEdit={() => editingCertificate.show(certificate)}
                onDelete={() => deletingCertificate.show(certificate)}
              />
            ),
          },
        ]
      : []),
  ];
  const levels = examLevels.filter((level) => worker.examScores.some((s) => s.level === level));

  return (
    <Flex vertical gap="middle">
      <TableToolbar
        summary={<Typography.Text strong>{t('workers.certificate.title')}</Typography.Text>}
        actions={
          mayWrite && (
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => addingScore.show(true)}>
                {t('workers.exam.add')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => addingCertificate.show(true)}
              >
                {t('workers.certificate.add')}
              </Button>
            </Space>
          )
        }
      />
      <Table<Certificate>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...worker.certificates].sort((a, b) =>
          b.certifiedOn.localeCompare(a.certifiedOn),
        )}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('workers.certificate.empty')} /> }}
      />
      <Typography.Text strong>{t('workers.exam.title')}</Typography.Text>
      {levels.length === 0 ? (
        <Empty description={t('workers.exam.empty')} />
      ) : (
        levels.map((level) => (
          <ExamLevelCard
            key={level}
            level={level}
            scores={worker.examScores.filter((s) => s.level === level)}
            levelLabel={labelOf(certificateLevels, level, language)}
            onEdit={mayWrite ? editingScore.show : undefined}
            onDelete={mayWrite ? deletingScore.show : undefined}
          />
        ))
      )}
      {addingCertificate.payload && (
        <CertificateModal {...addingCertificate.props} worker={worker} />
      )}
      {addingScore.payload && <ExamScoreModal {...addingScore.props} worker={worker} />}
      {editingCertificate.payload && (
        <CertificateModal
          {...editingCertificate.props}
          worker={worker}
          certificate={editingCertificate.payload}
        />
      )}
      {deletingCertificate.payload && (
        <DeleteRecordModal
          {...deletingCertificate.props}
          kind="certificates"
          record={deletingCertificate.payload}
          title={t('workers.certificate.delete')}
          description={t('workers.certificate.deleteHint', {
            level: levelLabel(deletingCertificate.payload.level),
            date: deletingCertificate.payload.certifiedOn,
          })}
        />
      )}
      {editingScore.payload && (
        <ExamScoreModal {...editingScore.props} worker={worker} score={editingScore.payload} />
      )}
      {deletingScore.payload && (
        <DeleteRecordModal
          {...deletingScore.props}
          kind="exam-scores"
          record={deletingScore.payload}
          title={t('workers.exam.delete')}
          description={t('workers.exam.deleteHint', {
            year: deletingScore.payload.year,
            score: deletingScore.payload.score,
          })}
        />
      )}
    </Flex>
  );
}

/** The scores of one exam level, newest year first, and whether (and when) the level was passed. */
function ExamLevelCard({
  level,
  scores,
  levelLabel,
  onEdit,
  onDelete,
}: {
  level: ExamLevel;
  scores: ExamScoreRecord[];
  levelLabel: string;
  /** Given to those who may correct scores. */
  onEdit?: ((score: ExamScoreRecord) => void) | undefined;
  onDelete?: ((score: ExamScoreRecord) => void) | undefined;
}) {
  const { language, t } = useLanguage();
  const passedIn = examPassedYear(level, scores);
  const subjectOrder = examSubjects[level].map((s) => s.code);
  const rows = [...scores].sort(
    (a, b) => b.year - a.year || subjectOrder.indexOf(a.subject) - subjectOrder.indexOf(b.subject),
  );
  const subjectLabel = (code: string) =>
    examSubjects[level].find((s) => s.code === code)?.[language] ?? code;
  const columns: TableProps<ExamScoreRecord>['columns'] = [
    {
      key: 'year',
      title: t('workers.exam.year'),
      dataIndex: 'year',
      // One cell for all the subjects of a year.
      onCell: (score, index = 0) => {
        const first = rows.findIndex((r) => r.year === score.year);
        return {
          rowSpan: first === index ? rows.filter((r) => r.year === score.year).length : 0,
        };
      },
    },
    {
      key: 'subject',
      title: t('workers.exam.subject'),
      dataIndex: 'subject',
      render: subjectLabel,
    },
    { key: 'score', title: t('workers.exam.score'), dataIndex: 'score', align: 'right' },
    { key: 'passMark', title: t('workers.exam.passMark'), dataIndex: 'passMark', align: 'right' },
    {
      key: 'result',
      title: t('workers.exam.result'),
      render: (_value, score) =>
        score.score >= score.passMark ? (
          <Tag color="success">{t('workers.exam.pass')}</Tag>
        ) : (
          <Tag color="error">{t('workers.exam.fail')}</Tag>
        ),
    },
    ...(onEdit && onDelete
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, score: ExamScoreRecord) => (
              <RecordActions onEdit={() => onEdit(score)} onDelete={() => onDelete(score)} />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title={levelLabel}
      extra={
        passedIn === null ? (
          <Tag>{t('workers.exam.notPassed')}</Tag>
        ) : (
          <Tag color="success">{t('workers.exam.passedIn', { year: passedIn })}</Tag>
        )
      }
    >
      <Table<ExamScoreRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        bordered
      />
    </Card>
  );
}
