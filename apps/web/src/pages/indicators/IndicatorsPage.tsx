import { PlusOutlined } from '@ant-design/icons';
import type { IndicatorTemplate } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { CreateTemplateModal } from './CreateTemplateModal';
import { projectTypeLabel, VersionStateTag } from './IndicatorLabels';
import { indicatorKeys, listTemplates } from './indicators-api';

/** 评估指标体系: the templates the reader's region uses (its own, those above and below). */
export function IndicatorsPage() {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const creating = useDialog();
  const list = useQuery({
    queryKey: indicatorKeys.templates,
    queryFn: ({ signal }) => listTemplates(signal),
  });
  const rows = list.data ?? [];
  const columns: TableProps<IndicatorTemplate>['columns'] = [
    {
      key: 'name',
      title: t('indicators.name'),
      render: (_, x) => {
        const latest = x.versions.find((v) => v.state === 'published') ?? x.versions[0];
        return latest ? <Link to={`/indicators/${latest.id}`}>{x.name}</Link> : x.name;
      },
    },
    { key: 'region', title: t('indicators.region'), dataIndex: 'regionName' },
    {
      key: 'type',
      title: t('indicators.projectType'),
      render: (_, x) =>
        projectTypeLabel(x.projectType, language, t('indicators.projectType.general')),
    },
    {
      key: 'versions',
      title: t('indicators.versions'),
      render: (_, x) => (
        <Flex vertical gap={4}>
          {x.versions.map((v) => (
            <span key={v.id}>
              <Link to={`/indicators/${v.id}`}>
                {t('indicators.version.number', { number: v.number })}
              </Link>{' '}
              <VersionStateTag state={v.state} used={v.used} />
            </span>
          ))}
        </Flex>
      ),
    },
    {
      key: 'extends',
      title: t('indicators.extends'),
      render: (_, x) => x.extendsTemplateName ?? '—',
    },
  ];
  return (
    <Page
      title={t('indicators.title')}
      extra={
        can('evaluations:configure') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
            {t('indicators.new')}
          </Button>
        )
      }
    >
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<IndicatorTemplate>
          rowKey="id"
          loading={list.isFetching}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <GuidingEmpty title={t('indicators.empty')} purpose={t('indicators.empty.purpose')} />
            ),
          }}
        />
      )}
      {creating.payload && <CreateTemplateModal {...creating.props} templates={rows} />}
    </Page>
  );
}
