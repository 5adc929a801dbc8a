import {
  calendarDayKinds,
  chinaToday,
  labelOf,
  type CalendarDay,
  type SetCalendarDay,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import type { MessageKey } from '../../i18n/messages';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { calendarKeys, getCalendarYear, removeCalendarDay, setCalendarDay } from './deadlines-api';

const weekdayKey = (date: string) => `deadlines.weekday.${dayjs(date).day()}` as MessageKey;

/** The years an administrator keeps: last year for the record, this year and the next two. */
function yearOptions(thisYear: number) {
  return [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((year) => ({
    value: year,
    label: String(year),
  }));
}

/** 工作日历: a year's holidays and make-up working days (调休上班), kept by date. */
export function CalendarPanel() {
  const t = useT();
  const { language } = useLanguage();
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const calendar = useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => getCalendarYear(year, signal),
  });
  const editing = useDialog<CalendarDay | null>();
  const days = calendar.data?.days ?? [];
  const count = (kind: CalendarDay['kind']) => days.filter((d) => d.kind === kind).length;

  return (
    <Card
      size="small"
      title={t('deadlines.calendar.title')}
      extra={
        <Space size="small">
          <Select<number>
            size="small"
            value={year}
            onChange={setYear}
            options={yearOptions(thisYear)}
            aria-label={t('deadlines.calendar.year')}
            style={{ width: 96 }}
          />
          <Button size="small" type="primary" onClick={() => editing.show(null)}>
            {t('deadlines.calendar.add')}
          </Button>
        </Space>
      }
    >
      {calendar.isError ? (
        <ErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          {calendar.data && days.length === 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('deadlines.calendar.empty', { year })}
              style={{ marginBottom: 8 }}
            />
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('deadlines.calendar.summary', {
                holidays: count('holiday'),
                workdays: count('workday'),
              })}
            </Typography.Paragraph>
          )}
          <Table<CalendarDay>
            rowKey="date"
            size="small"
            loading={calendar.isPending}
            dataSource={days}
            pagination={false}
            scroll={{ y: 480 }}
            columns={[
              { key: 'date', dataIndex: 'date', title: t('deadlines.calendar.date'), width: 130 },
              {
                key: 'weekday',
                title: t('deadlines.calendar.weekday'),
                width: 80,
                render: (_, day) => t(weekdayKey(day.date)),
              },
              {
                key: 'kind',
                title: t('deadlines.calendar.kind'),
                width: 120,
                render: (_, day) => (
                  <Tag color={day.kind === 'holiday' ? 'red' : 'blue'}>
                    {labelOf(calendarDayKinds, day.kind, language)}
                  </Tag>
                ),
              },
              { key: 'name', dataIndex: 'name', title: t('deadlines.calendar.name') },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 150,
                render: (_, day) => (
                  <Space size="small">
                    <Button size="small" onClick={() => editing.show(day)}>
                      {t('common.edit')}
                    </Button>
                    <RemoveDayButton day={day} />
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      {editing.payload !== undefined && (
        <DayModal
          {...editing.props}
          day={editing.payload}
          year={year}
          onSaved={(saved) => setYear(Number(saved.date.slice(0, 4)))}
        />
      )}
    </Card>
  );
}

function RemoveDayButton({ day }: { day: CalendarDay }) {
  const t = useT();
  const remove = useRecordMutation(() => removeCalendarDay(day.date), {
    invalidates: [calendarKeys.all],
    success: () => t('deadlines.calendar.removed', { date: day.date }),
  });
  return (
    <Popconfirm
      title={t('deadlines.calendar.remove.confirm', { date: day.date })}
      description={t('deadlines.calendar.remove.hint')}
      okText={t('deadlines.calendar.remove')}
      okButtonProps={{ danger: true }}
      onConfirm={() => remove.mutate(undefined)}
    >
      <Button size="small" danger loading={remove.isPending}>
        {t('deadlines.calendar.remove')}
      </Button>
    </Popconfirm>
  );
}

type DayForm = SetCalendarDay & { date: string };

/** 添加安排 / 修改安排: one day, its kind and its name; an existing day keeps its date. */
function DayModal({
  day,
  year,
  onSaved,
  ...dialog
}: DialogProps & { day: CalendarDay | null; year: number; onSaved: (day: CalendarDay) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const [form] = Form.useForm<DayForm>();
  const save = useRecordMutation(
    ({ date, kind, name }: DayForm) => setCalendarDay(date, { kind, name }),
    {
      form,
      invalidates: [calendarKeys.all],
      success: (saved) =>
        t('deadlines.calendar.saved', {
          date: saved.date,
          kind: labelOf(calendarDayKinds, saved.kind, language),
        }),
      onDone: (saved) => {
        onSaved(saved);
        dialog.onClose();
      },
    },
  );
  return (
    <FormModal<DayForm>
      {...dialog}
      title={day ? `${t('deadlines.calendar.edit')} · ${day.date}` : t('deadlines.calendar.add')}
      form={form}
      initialValues={day ?? { kind: 'holiday', date: `${year}-01-01` }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="date"
        label={t('deadlines.calendar.date')}
        rules={[{ required: true }]}
        extra={
          <Typography.Text type="secondary">{t('deadlines.calendar.workdayHint')}</Typography.Text>
        }
      >
        <CalendarDatePicker disabled={day !== null} />
      </Form.Item>
      <Form.Item name="kind" label={t('deadlines.calendar.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={calendarDayKinds.map((kind) => ({ value: kind.code, label: kind[language] }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('deadlines.calendar.name')}
        rules={[{ required: true, whitespace: true, max: 40 }]}
      >
        <Input placeholder={t('deadlines.calendar.namePlaceholder')} maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}
