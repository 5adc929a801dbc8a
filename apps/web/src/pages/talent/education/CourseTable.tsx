import { courseTypes, labelOf, type Course } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Table, type TableProps } from 'antd';
import { GuidingEmpty } from '../../../components/GuidingEmpty';
import { ErrorResult } from '../../../components/ErrorResult';
import { listPagination } from '../../../components/list-pagination';
import { RegionName } from '../../../components/region-picker/RegionName';
import { pageOf } from '../../../hooks/url-filter-values';
import { useDialog } from '../../../hooks/useDialog';
import type { UrlFilters } from '../../../hooks/useUrlFilters';
import { useLanguage } from '../../../i18n/useLanguage';
import { CourseDrawer } from './CourseDrawer';
import { educationKeys, listCourses } from './education-api';

/** The courses in scope, newest first; a course opens with its enrolments. */
export function CourseTable({
  address,
  onPageChange,
  onCreate,
}: {
  address: UrlFilters<'region' | 'page' | 'pageSize'>;
  onPageChange: (page: number, pageSize: number) => void;
  /** The first course, offered by the empty list to those who may create one. */
  onCreate?: () => void;
}) {
  const { language, t } = useLanguage();
  const query = { ...pageOf(address), region: address.region };
  const list = useQuery({
    queryKey: educationKeys.courses(query),
    queryFn: ({ signal }) => listCourses(query, signal),
    placeholderData: keepPreviousData,
  });
  const opened = useDialog<Course>();
  const columns: TableProps<Course>['columns'] = [
    {
      key: 'title',
      title: t('education.course.title'),
      dataIndex: 'title',
      render: (title: string, course) => (
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => opened.show(course)}>
          {title}
        </Button>
      ),
    },
    {
      key: 'type',
      title: t('education.course.type'),
      dataIndex: 'type',
      render: (type: Course['type']) => labelOf(courseTypes, type, language),
    },
    { key: 'organiser', title: t('education.course.organiser'), dataIndex: 'organiser' },
    {
      key: 'dates',
      title: t('education.course.dates'),
      render: (_value, c) => `${c.startsOn} ~ ${c.endsOn}`,
    },
    {
      key: 'hours',
      title: t('education.course.hours'),
      dataIndex: 'hours',
      align: 'right',
    },
    {
      key: 'enrolled',
      title: t('education.course.enrolled'),
      align: 'right',
      render: (_value, c) => (c.capacity === null ? c.enrolled : `${c.enrolled}/${c.capacity}`),
    },
    {
      key: 'completed',
      title: t('education.course.completed'),
      dataIndex: 'completed',
      align: 'right',
    },
    {
      key: 'region',
      title: t('education.course.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
  ];
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  // The course shown in the drawer follows the list (enrolled and completed counts change).
  const current = opened.payload
    ? (list.data?.items.find((c) => c.id === opened.payload?.id) ?? opened.payload)
    : undefined;
  return (
    <>
      <Table<Course>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <GuidingEmpty
              title={t('education.course.empty')}
              purpose={t('education.course.emptyPurpose')}
              action={
                onCreate && (
                  <Button type="primary" onClick={onCreate}>
                    {t('education.course.create')}
                  </Button>
                )
              }
            />
          ),
        }}
        pagination={listPagination(t, {
          page: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          onChange: onPageChange,
        })}
      />
      {current && <CourseDrawer {...opened.props} course={current} />}
    </>
  );
}
