import { PlusOutlined } from '@ant-design/icons';
import {
  codesOf,
  labelOf,
  projectStates,
  projectTypes,
  serviceFields,
  type ProjectSummary,
} from '@shegong/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { Page } from '../../components/Page';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import { formatYuan } from '../../format/money';
import { oneOf } from '../../hooks/url-filter-values';
import { useDialog } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useLanguage } from '../../i18n/useLanguage';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { ProjectDrawer } from './ProjectDrawer';
import { ProjectImports } from './ProjectImports';
import { ProjectStateTag, shortRegion } from './ProjectLabels';
import { listProjects, projectKeys, projectLedgerUrl, type ProjectQuery } from './projects-api';

const addressKeys = ['state', 'field', 'region', 'provider', 'year', 'q'] as const;

interface Filters {
  state?: string;
  field?: string;
  region?: string;
  provider?: string | null;
  year?: number | null;
  q?: string;
}

/** 购买服务项目: the projects of the reader's region (or its own, for a provider), by filter. */
export function ProjectsPage() {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const navigate = useNavigate();
  const creating = useDialog();
  const [address, setAddress, addressText] = useUrlFilters(addressKeys);
  const stateOptions = useEnumOptions(projectStates);
  const query: ProjectQuery = {
    state: oneOf(codesOf(projectStates), address.state),
    field: oneOf(codesOf(serviceFields), address.field),
    region: address.region,
    provider: address.provider,
    year: address.year && /^\d{4}$/.test(address.year) ? Number(address.year) : undefined,
    q: address.q,
  };
  const list = useInfiniteQuery({
    queryKey: projectKeys.list(query),
    queryFn: ({ pageParam, signal }) => listProjects(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  const columns: TableProps<ProjectSummary>['columns'] = [
    {
      key: 'title',
      title: t('projects.name'),
      fixed: 'left',
      render: (_, p) => (
        <Flex vertical>
          <Link to={`/projects/${p.id}`}>{p.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.code}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'year', title: t('projects.year'), dataIndex: 'year' },
    {
      key: 'region',
      title: t('projects.region'),
      render: (_, p) => <span title={p.regionName}>{shortRegion(p.regionName)}</span>,
    },
    {
      key: 'type',
      title: t('projects.type'),
      render: (_, p) => labelOf(projectTypes, p.type, language),
    },
    {
      key: 'fields',
      title: t('projects.fields'),
      render: (_, p) => p.serviceFields.map((f) => labelOf(serviceFields, f, language)).join('、'),
    },
    {
      key: 'budget',
      title: t('projects.budget'),
      align: 'right',
      render: (_, p) => formatYuan(p.budgetFen, language),
    },
    {
      key: 'term',
      title: t('projects.term'),
      render: (_, p) => `${p.termStart} ~ ${p.termEnd}`,
    },
    { key: 'provider', title: t('projects.provider'), render: (_, p) => p.providerName ?? '—' },
    {
      key: 'state',
      title: t('projects.state'),
      render: (_, p) => <ProjectStateTag state={p.state} />,
    },
  ];

  return (
    <Page
      title={t('projects.title')}
      extra={
        <Space>
          {can('projects:read') && (
            <ExportButton href={projectLedgerUrl(query)}>{t('projects.export')}</ExportButton>
          )}
          <ProjectImports />
          {can('projects:manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
              {t('projects.new')}
            </Button>
          )}
        </Space>
      }
    >
      <FilterBar<Filters>
        key={addressText}
        initialValues={{ ...query, year: query.year ?? null }}
        onSearch={(values) =>
          setAddress({
            ...values,
            provider: values.provider ?? undefined,
            year: values.year ?? undefined,
          })
        }
        onReset={() => setAddress({})}
      >
        <Form.Item name="q">
          <Input allowClear placeholder={t('projects.filter.q')} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="state">
          <Select
            allowClear
            placeholder={t('projects.filter.state')}
            aria-label={t('projects.filter.state')}
            options={stateOptions}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item name="field">
          <ServiceFieldSelect
            placeholder={t('projects.filter.field')}
            aria-label={t('projects.filter.field')}
            style={{ width: 150 }}
          />
        </Form.Item>
        <Form.Item name="region">
          <RegionPicker
            allowClear
            placeholder={t('projects.filter.region')}
            style={{ width: 200 }}
          />
        </Form.Item>
        {can('projects:read') && (
          <Form.Item name="provider">
            <OrganisationSelect
              placeholder={t('projects.filter.provider')}
              style={{ width: 220 }}
            />
          </Form.Item>
        )}
        <Form.Item name="year">
          <InputNumber
            min={2000}
            max={2100}
            placeholder={t('projects.filter.year')}
            aria-label={t('projects.filter.year')}
            style={{ width: 100 }}
          />
        </Form.Item>
      </FilterBar>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ProjectSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <GuidingEmpty title={t('projects.empty')} purpose={t('projects.empty.purpose')} />
            ),
          }}
          footer={
            rows.length > 0
              ? () => (
                  <LoadMoreFooter
                    summary={t('common.total', { total: rows.length })}
                    hasMore={list.hasNextPage}
                    loading={list.isFetchingNextPage}
                    onLoadMore={() => void list.fetchNextPage()}
                  />
                )
              : undefined
          }
        />
      )}
      {creating.payload && (
        <ProjectDrawer
          {...creating.props}
          onSaved={(saved) => void navigate(`/projects/${saved.id}`)}
        />
      )}
    </Page>
  );
}
