import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { ImportButton } from '../../components/import/ImportButton';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { OrganisationDrawer } from './OrganisationDrawer';
import { organisationFilterKeys, organisationQueryOf } from './organisation-filters';
import { OrganisationFilters } from './OrganisationFilters';
import { listOrganisations, organisationExportUrl, organisationKeys } from './organisations-api';
import { OrganisationTable } from './OrganisationTable';
import { organisationDependentKeys } from './useOrganisationMutation';

/** 社会组织名录: the organisations the user sees, filtered and paged by the server. */
export function OrganisationsPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters, addressKey] = useUrlFilters(organisationFilterKeys);
  const query = organisationQueryOf(filters);
  const { page, pageSize, ...filterValues } = query;
  const list = useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) => listOrganisations(query, signal),
    placeholderData: keepPreviousData,
  });
  const register = useDialog();

  return (
    <Page
      title={t('organisations.title')}
      extra={
        <Space>
          {can('organisations:read') && (
            <ExportButton href={organisationExportUrl(filterValues)}>
              {t('common.export')}
            </ExportButton>
          )}
          {can('organisations:write') && (
            <ImportButton
              basePath="/organisations"
              title={t('organisations.import.title')}
              invalidates={organisationDependentKeys}
            />
          )}
          {can('organisations:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => register.show(true)}>
              {t('organisations.create')}
            </Button>
          )}
        </Space>
      }
    >
      <OrganisationFilters
        key={addressKey}
        initialValues={filterValues}
        onSearch={(values) => setFilters({ ...values, pageSize: filters.pageSize })}
        onReset={() => setFilters({})}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <OrganisationTable
          organisations={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          pageSize={pageSize}
          loading={list.isFetching}
          onPageChange={(next, size) => setFilters({ ...filters, page: next, pageSize: size })}
        />
      )}
      {register.payload && (
        <OrganisationDrawer
          {...register.props}
          onSaved={(organisation) => void navigate(`/organisations/${organisation.id}`)}
        />
      )}
    </Page>
  );
}
