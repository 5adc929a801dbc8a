import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { BaseCreateModal } from './BaseCreateModal';
import { BaseTable } from './BaseTable';
import { incubationKeys, listBases } from './incubation-api';
import { ResidentsPanel } from './ResidentsPanel';

const addressKeys = ['base', 'residents'] as const;

/** 孵化基地: the bases in scope with their resident counts, and the residents of the chosen one. */
export function IncubationPage() {
  const t = useT();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const bases = useQuery({
    queryKey: incubationKeys.bases,
    queryFn: ({ signal }) => listBases(signal),
  });
  const creating = useDialog();
  const selected = bases.data?.find((base) => base.id === address.base) ?? bases.data?.[0];
  const current = address.residents !== 'all';

  return (
    <Page
      title={t('incubation.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
          {t('incubation.base.create')}
        </Button>
      }
    >
      {bases.isError ? (
        <ErrorResult error={bases.error} onRetry={() => void bases.refetch()} />
      ) : (
        <Flex vertical gap="large">
          <BaseTable
            bases={bases.data ?? []}
            loading={bases.isFetching}
            selectedId={selected?.id}
            onSelect={(id) => setAddress({ base: id, residents: address.residents })}
            onCreate={() => creating.show(true)}
          />
          {selected && (
            <ResidentsPanel
              base={selected}
              current={current}
              onCurrentChange={(next) =>
                setAddress({ base: selected.id, residents: next ? undefined : 'all' })
              }
            />
          )}
        </Flex>
      )}
      {creating.payload && (
        <BaseCreateModal {...creating.props} onCreated={(id) => setAddress({ base: id })} />
      )}
    </Page>
  );
}
