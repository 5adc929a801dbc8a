import {
  chinaToday,
  employerKinds,
  postTypes,
  type EmploymentInput,
  type WorkerDetail,
} from '@shegong/domain';
import { Form, Input, Select, Switch } from 'antd';
import { useSession } from '../../auth/useSession';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { StationSelect } from '../stations/StationSelect';
import { useTalentMutation } from './useTalentMutation';
import { addEmployment } from './workers-api';
import { chooseRequired } from '../../components/choose-required';

type EmploymentForm = Omit<EmploymentInput, 'organisationId' | 'stationId'> & {
  organisationId?: string | null;
  stationId?: string | null;
};

/**
 * 新增从业经历: an organisation or a station of the registry is picked (its name and place come
 * with it); any other employer is typed with its place.
 */
export function EmploymentModal({ worker, ...dialog }: DialogProps & { worker: WorkerDetail }) {
  const t = useT();
  const { can } = useSession();
  const [form] = Form.useForm<EmploymentForm>();
  const kind = Form.useWatch('employerKind', form);
  const organisationId = Form.useWatch('organisationId', form);
  const stationId = Form.useWatch('stationId', form);
  const kindOptions = useEnumOptions(employerKinds);
  const postOptions = useEnumOptions(postTypes);
  const save = useTalentMutation((input: EmploymentInput) => addEmployment(worker.id, input), {
    form,
    success: () => t('workers.job.added'),
    onDone: dialog.onClose,
  });
  const pickOrganisation = kind === 'organisation' && can('organisations:read');
  const pickStation = kind === 'station' && can('stations:read');
  const picked = (pickOrganisation && !!organisationId) || (pickStation && !!stationId);

  return (
    <FormModal<EmploymentForm>
      {...dialog}
      title={`${t('workers.job.add')} · ${worker.name}`}
      form={form}
      initialValues={{
        fullTime: true,
        startedOn: chinaToday(),
        employerRegionCode: worker.regionCode,
      }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          employerKind: values.employerKind,
          postType: values.postType,
          fullTime: values.fullTime,
          startedOn: values.startedOn,
          organisationId: pickOrganisation ? (values.organisationId ?? null) : null,
          stationId: pickStation ? (values.stationId ?? null) : null,
          employerName: picked ? undefined : values.employerName?.trim(),
          employerRegionCode: picked ? undefined : values.employerRegionCode || undefined,
        })
      }
    >
      <Form.Item name="employerKind" label={t('workers.job.employerKind')} rules={[chooseRequired]}>
        <Select options={kindOptions} />
      </Form.Item>
      {pickOrganisation && (
        <Form.Item
          name="organisationId"
          label={t('workers.job.organisation')}
          extra={t('workers.job.pickHint')}
        >
          <OrganisationSelect />
        </Form.Item>
      )}
      {pickStation && (
        <Form.Item
          name="stationId"
          label={t('workers.job.station')}
          extra={t('workers.job.pickHint')}
        >
          <StationSelect />
        </Form.Item>
      )}
      {!picked && (
        <>
          <Form.Item
            name="employerName"
            label={t('workers.job.employer')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="employerRegionCode" label={t('workers.job.employerRegion')}>
            <RegionPicker />
          </Form.Item>
        </>
      )}
      <Form.Item name="postType" label={t('workers.job.postType')} rules={[chooseRequired]}>
        <Select options={postOptions} />
      </Form.Item>
      <Form.Item name="fullTime" label={t('workers.job.fullTime')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="startedOn" label={t('workers.job.startedOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
