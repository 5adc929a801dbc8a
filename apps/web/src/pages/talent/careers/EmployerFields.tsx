import { employerKinds, postTypes, type EmploymentInput } from '@shegong/domain';
import { Form, Input, Select, Switch, type FormInstance } from 'antd';
import { useSession } from '../../../auth/useSession';
import { chooseRequired } from '../../../components/choose-required';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useT } from '../../../i18n/useT';
import { OrganisationSelect } from '../../organisations/OrganisationSelect';
import { StationSelect } from '../../stations/StationSelect';

/** A job's employer and post as a form holds them (a picked organisation or station, or typed). */
export type EmployerForm = Pick<
  EmploymentInput,
  'employerKind' | 'employerName' | 'employerRegionCode' | 'postType' | 'fullTime'
> & { organisationId?: string | null; stationId?: string | null };

/** Whether the form picks the employer from the registry (its name and place come with it). */
export function useEmployerPick(form: FormInstance) {
  const { can } = useSession();
  const kind = Form.useWatch('employerKind', form) as EmployerForm['employerKind'] | undefined;
  const organisationId = Form.useWatch('organisationId', form) as string | null | undefined;
  const stationId = Form.useWatch('stationId', form) as string | null | undefined;
  const pickOrganisation = kind === 'organisation' && can('organisations:read');
  const pickStation = kind === 'station' && can('stations:read');
  const picked = (pickOrganisation && !!organisationId) || (pickStation && !!stationId);
  return { pickOrganisation, pickStation, picked };
}

export type EmployerPick = ReturnType<typeof useEmployerPick>;

/** The employer and post of the form's values, as the API takes them. */
export function employerOf(values: EmployerForm, pick: EmployerPick) {
  return {
    employerKind: values.employerKind,
    postType: values.postType,
    fullTime: values.fullTime,
    organisationId: pick.pickOrganisation ? (values.organisationId ?? null) : null,
    stationId: pick.pickStation ? (values.stationId ?? null) : null,
    employerName: pick.picked ? undefined : values.employerName?.trim(),
    employerRegionCode: pick.picked ? undefined : values.employerRegionCode || undefined,
  };
}

/**
 * The employer of a job, inside a form: an organisation or a station of the registry is picked
 * (its name and place come with it); any other employer is typed with its place. Then the post.
 */
export function EmployerFields({ pick }: { pick: EmployerPick }) {
  const t = useT();
  const kindOptions = useEnumOptions(employerKinds);
  const postOptions = useEnumOptions(postTypes);
  return (
    <>
      <Form.Item name="employerKind" label={t('workers.job.employerKind')} rules={[chooseRequired]}>
        <Select options={kindOptions} />
      </Form.Item>
      {pick.pickOrganisation && (
        <Form.Item
          name="organisationId"
          label={t('workers.job.organisation')}
          extra={t('workers.job.pickHint')}
        >
          <OrganisationSelect />
        </Form.Item>
      )}
      {pick.pickStation && (
        <Form.Item
          name="stationId"
          label={t('workers.job.station')}
          extra={t('workers.job.pickHint')}
        >
          <StationSelect />
        </Form.Item>
      )}
      {!pick.picked && (
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
    </>
  );
}
