import type { TablePaginationConfig } from 'antd';
import type { Translate } from '../i18n/language-context';

/** The pager of a list paged by the server (page and size kept in the address). */
export function listPagination(
  t: Translate,
  {
    page,
    pageSize,
    total,
    onChange,
  }: {
    page: number;
    pageSize: number;
    total: number;
    onChange: (page: number, pageSize: number) => void;
  },
): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (count) => t('common.total', { total: count }),
    onChange,
  };
}
