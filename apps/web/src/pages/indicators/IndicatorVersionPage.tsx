import {
  labelOf,
  scoringParties,
  scoringTypes,
  type IndicatorItemInput,
  type IndicatorVersion,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { CreateTemplateModal } from './CreateTemplateModal';
import { IndicatorItemModal } from './IndicatorItemModal';
import { projectTypeLabel, VersionStateTag } from './IndicatorLabels';
import {
  getVersion,
  indicatorKeys,
  listTemplates,
  nextVersion,
  publishVersion,
  saveDraft,
} from './indicators-api';

type Item = IndicatorItemInput;
interface Row {
  key: string;
  item: Item;
  index: number;
  children?: Row[];
}

/** The flat list as a tree for the table (children after their parent, in list order). */
function treeOf(items: Item[]): Row[] {
  const rows = new Map<string, Row>();
  const roots: Row[] = [];
  items.forEach((item, index) => {
    const row: Row = { key: item.key, item, index };
    rows.set(item.key, row);
    const parent = item.parentKey ? rows.get(item.parentKey) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  });
  return roots;
}

const descendantsOf = (items: Item[], key: string): Set<string> => {
  const found = new Set([key]);
  for (const item of items) if (item.parentKey && found.has(item.parentKey)) found.add(item.key);
  return found;
};

function freeKey(items: Item[], prefix: string, from: number): string {
  const used = new Set(items.map((i) => i.key));
  let n = from;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** 指标体系版本: the tree; a draft is edited here, item by item, and published. */
export function IndicatorVersionPage() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const { can, session } = useSession();
  const navigate = useNavigate();
  const version = useQuery({
    queryKey: indicatorKeys.version(id),
    queryFn: ({ signal }) => getVersion(id, signal),
  });
  const templates = useQuery({
    queryKey: indicatorKeys.templates,
    queryFn: ({ signal }) => listTemplates(signal),
    enabled: can('evaluations:configure'),
  });
  const [draft, setDraft] = useState<Item[] | null>(null);
  const editing = useDialog<{ item: Item; isNew: boolean }>();
  const extending = useDialog();
  const invalidates = [indicatorKeys.all];
  const save = useRecordMutation((v: IndicatorVersion) => saveDraft(v, draft ?? []), {
    invalidates,
    success: () => t('indicators.save.done'),
    onDone: () => setDraft(null),
  });
  const publish = useRecordMutation(publishVersion, {
    invalidates,
    success: () => t('indicators.publish.done'),
  });
  const next = useRecordMutation(nextVersion, {
    invalidates,
    success: () => t('indicators.next.done'),
    onDone: (created) => void navigate(`/indicators/${created.id}`),
  });

  if (version.isError)
    return <ErrorResult error={version.error} onRetry={() => void version.refetch()} />;
  if (!version.data) return <PageSpinner />;
  const v = version.data;
  const items: Item[] = draft ?? v.items;
  const inherited = new Set(v.inheritedKeys);
  const general = t('indicators.projectType.general');
  const total = items.filter((i) => i.level === 1).reduce((n, i) => n + (i.points ?? 0), 0);
  const myRegion = session?.account.regionCode ?? '';
  const canExtend =
    v.state === 'published' &&
    can('evaluations:configure') &&
    myRegion !== v.regionCode &&
    myRegion.startsWith(v.regionCode);
  const canNext =
    v.state === 'published' &&
    can('evaluations:configure') &&
    myRegion.length <= v.regionCode.length &&
    v.regionCode.startsWith(myRegion);

  const upsert = (item: Item, isNew: boolean) =>
    setDraft((current) => {
      const list = [...(current ?? v.items)];
      if (!isNew) return list.map((i) => (i.key === item.key ? item : i));
      if (!item.parentKey) return [...list, item];
      const below = descendantsOf(list, item.parentKey);
      const last = list.reduce((at, i, index) => (below.has(i.key) ? index : at), -1);
      list.splice(last + 1, 0, item);
      return list;
    });
  const remove = (key: string) =>
    setDraft((current) => {
      const list = current ?? v.items;
      const gone = descendantsOf(list, key);
      return list.filter((i) => !gone.has(i.key));
    });
  const addChild = (parent: Item) =>
    editing.show({
      isNew: true,
      item: {
        key: freeKey(
          items,
          `${parent.key}.`,
          items.filter((i) => i.parentKey === parent.key).length + 1,
        ),
        parentKey: parent.key,
        level: parent.level + 1,
        name: '',
      },
    });

  const columns: TableProps<Row>['columns'] = [
    {
      key: 'name',
      title: t('indicators.col.name'),
      render: (_, row) => (
        <Space size={4}>
          <Typography.Text strong={row.item.level === 1}>
            {row.item.key} {row.item.name}
          </Typography.Text>
          {inherited.has(row.item.key) && (
            <Tag title={t('indicators.inherited.hint')}>{t('indicators.inherited')}</Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'points',
      title: t('indicators.col.points'),
      align: 'right',
      render: (_, row) => row.item.points ?? '',
    },
    {
      key: 'scoring',
      title: t('indicators.col.scoring'),
      render: (_, row) => {
        const i = row.item;
        if (!i.scoringType) return '';
        const detail =
          i.scoringType === 'combined'
            ? (i.parts ?? []).map((p) => `${p.text} ${p.points}`).join('；')
            : (i.levels ?? []).map((l) => `${l.label} ${l.sharePercent}%`).join(' / ');
        return (
          <Flex vertical>
            <span>{labelOf(scoringTypes, i.scoringType, language)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {detail}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'party',
      title: t('indicators.col.party'),
      render: (_, row) =>
        row.item.scoringParty ? labelOf(scoringParties, row.item.scoringParty, language) : '',
    },
    {
      key: 'evidence',
      title: t('indicators.col.evidence'),
      render: (_, row) => row.item.evidence,
    },
    ...(draft
      ? [
          {
            key: 'actions',
            title: t('indicators.col.actions'),
            render: (_: unknown, row: Row) => {
              const mine = !inherited.has(row.item.key);
              const open =
                row.item.level < 3 &&
                (row.item.level === 1 || row.children !== undefined || row.item.points == null);
              return (
                <Space size={0}>
                  {mine && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => editing.show({ item: row.item, isNew: false })}
                    >
                      {t('indicators.editItem')}
                    </Button>
                  )}
                  {open && (
                    <Button type="link" size="small" onClick={() => addChild(row.item)}>
                      {t('indicators.addChild')}
                    </Button>
                  )}
                  {mine && (
                    <Button type="link" size="small" danger onClick={() => remove(row.item.key)}>
                      {t('indicators.removeItem')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Page
      title={`${v.templateName} · ${t('indicators.version.number', { number: v.number })}`}
      extra={
        <Space wrap>
          {v.canConfigure && !draft && (
            <Button onClick={() => setDraft(v.items)}>{t('indicators.edit')}</Button>
          )}
          {draft && (
            <>
              <Button onClick={() => setDraft(null)}>{t('indicators.cancel')}</Button>
              <Button type="primary" loading={save.isPending} onClick={() => save.mutate(v)}>
                {t('indicators.save')}
              </Button>
            </>
          )}
          {v.canConfigure && !draft && (
            <Popconfirm title={t('indicators.publish.confirm')} onConfirm={() => publish.mutate(v)}>
              <Button type="primary" loading={publish.isPending}>
                {t('indicators.publish')}
              </Button>
            </Popconfirm>
          )}
          {canNext && (
            <Button loading={next.isPending} onClick={() => next.mutate(v)}>
              {t('indicators.next')}
            </Button>
          )}
          {canExtend && (
            <Button onClick={() => extending.show(true)}>{t('indicators.extend')}</Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'region', label: t('indicators.region'), children: v.regionName },
          {
            key: 'type',
            label: t('indicators.projectType'),
            children: projectTypeLabel(v.projectType, language, general),
          },
          {
            key: 'state',
            label: t('indicators.versions'),
            children: <VersionStateTag state={v.state} used={v.used} />,
          },
          { key: 'extends', label: t('indicators.extends'), children: v.extendsLabel ?? '—' },
          { key: 'by', label: t('indicators.meta.createdBy'), children: v.createdByName },
          {
            key: 'published',
            label: t('indicators.meta.publishedBy'),
            children: v.publishedByName
              ? `${v.publishedByName} ${v.publishedAt?.slice(0, 10) ?? ''}`
              : '—',
          },
        ]}
      />
      {v.state === 'published' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t('indicators.frozen')}${v.used ? ` ${t('indicators.used')}` : ''}`}
        />
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type={total === 100 ? 'secondary' : 'danger'}>
          {t(total === 100 ? 'indicators.total' : 'indicators.total.bad', { total })}
        </Typography.Text>
        {draft && (
          <Button
            onClick={() =>
              editing.show({
                isNew: true,
                item: {
                  key: freeKey(items, '', items.filter((i) => i.level === 1).length + 1),
                  parentKey: null,
                  level: 1,
                  name: '',
                },
              })
            }
          >
            {t('indicators.addTop')}
          </Button>
        )}
      </Flex>
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={treeOf(items)}
        columns={columns}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        scroll={{ x: 'max-content' }}
      />
      {editing.payload && (
        <IndicatorItemModal
          {...editing.props}
          item={editing.payload.item}
          hasChildren={items.some((i) => i.parentKey === editing.payload!.item.key)}
          onSave={(item) => upsert(item, editing.payload!.isNew)}
        />
      )}
      {extending.payload && (
        <CreateTemplateModal
          {...extending.props}
          templates={templates.data ?? []}
          extendsVersionId={v.id}
        />
      )}
    </Page>
  );
}
