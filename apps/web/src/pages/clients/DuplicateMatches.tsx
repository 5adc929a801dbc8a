import type { DuplicateMatch } from '@shegong/domain';
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';

/** What the duplicate check found, masked, with the way to open or link each. */
export function DuplicateMatches({
  matches,
  onLink,
}: {
  matches: readonly DuplicateMatch[];
  onLink: (match: DuplicateMatch) => void;
}) {
  const t = useT();
  if (matches.length === 0)
    return <Alert type="success" showIcon title={t('clients.check.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={t('clients.check.found', { count: matches.length })} />
      <List<DuplicateMatch>
        bordered
        dataSource={[...matches]}
        renderItem={(match) => (
          <List.Item
            actions={[
              match.servedByYou ? (
                <Link key="open" to={`/clients/${match.id}`}>
                  {t('clients.check.open')}
                </Link>
              ) : (
                <Button key="link" size="small" onClick={() => onLink(match)}>
                  {t('clients.check.link')}
                </Button>
              ),
            ]}
          >
            <Space wrap>
              <Typography.Text strong>{match.name}</Typography.Text>
              <span>{t(`clients.sex.${match.sex}`)}</span>
              {match.birthYear && <span>{match.birthYear}</span>}
              {match.idNumber && <span>{match.idNumber}</span>}
              <Typography.Text type="secondary">{match.regionName}</Typography.Text>
              <Tag color="orange">{t(`clients.check.by.${match.matchedBy}`)}</Tag>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
