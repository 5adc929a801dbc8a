import { useQuery } from '@tanstack/react-query';
import { populationGroups } from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { listClients } from '../clients/clients-api';
import { StationSelect } from '../stations/StationSelect';
import { groupworkKeys, groupworkStations, listLeaders } from './groupwork-api';

async function searchClients(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const { items } = await listClients({ q: q || undefined, limit: 20 }, undefined, signal);
  return items.map((c) => ({
    value: c.id,
    label: `${c.name}（${c.age ?? c.ageBand ?? '—'}，${c.regionName.split(' / ').at(-1)}）`,
  }));
}

/** A client the organisation serves, found by name. A Form control. */
export function ClientSelect(props: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}) {
  const t = useT();
  return (
    <SearchSelect
      {...props}
      queryKey={(q) => [...groupworkKeys.all, 'clients', q]}
      search={searchClients}
      placeholder={t('groupwork.client.placeholder')}
      notFound={t('groupwork.client.none')}
    />
  );
}

/** The social workers of the organisation who may lead a group (several). A Form control. */
export function LeaderSelect(props: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const t = useT();
  const leaders = useQuery({
    queryKey: groupworkKeys.leaders,
    queryFn: ({ signal }) => listLeaders(signal),
    staleTime: 60_000,
  });
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      loading={leaders.isPending}
      placeholder={t('groupwork.leaders.placeholder')}
      options={(leaders.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/**
 * The first fields of a group's or an activity's form: the station (chosen once, when it is
 * made) and its name.
 */
export function PlaceAndNameItems({
  creating,
  name,
  label,
}: {
  creating: boolean;
  name: 'name' | 'title';
  label: string;
}) {
  const t = useT();
  return (
    <>
      {creating && (
        <Form.Item name="stationId" label={t('groupwork.station')} rules={[{ required: true }]}>
          <StationSelect source={groupworkStations} style={{ minWidth: 240 }} />
        </Form.Item>
      )}
      <Form.Item name={name} label={label} rules={[{ required: true, max: 60 }]}>
        <Input />
      </Form.Item>
    </>
  );
}

/** Whom a group or an activity serves: its service field and population groups. */
export function ServedItems({ groupsRequired }: { groupsRequired: boolean }) {
  const t = useT();
  const groups = useEnumOptions(populationGroups);
  return (
    <>
      <Form.Item
        name="serviceField"
        label={t('groupwork.serviceField')}
        rules={[{ required: true }]}
      >
        <ServiceFieldSelect />
      </Form.Item>
      <Form.Item
        name="populationGroups"
        label={t('groupwork.populationGroups')}
        rules={groupsRequired ? [{ required: true, type: 'array', min: 1 }] : []}
      >
        <Select mode="multiple" options={groups} />
      </Form.Item>
    </>
  );
}
