import {
  labelOf,
  scoringParties,
  type EvaluationRoundDetail,
  type ScoringParty,
  type Sheet,
} from '@shegong/domain';
import { Collapse, Flex, Table, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { SheetStatusTag } from './EvaluationLabels';
import {
  evaluationKeys,
  roundFileUrl,
  saveOfficeSheet,
  submitOfficeSheet,
} from './evaluations-api';
import { partyItems } from './marks';
import { ScoringForm } from './ScoringForm';
import { SheetMarks } from './SheetMarks';

const officeParties: ScoringParty[] = ['supervising_office', 'purchaser', 'community'];

/** 评分: every sheet and its marks; the office parties' sheets filled here in the scoring form. */
export function SheetsPanel({ round }: { round: EvaluationRoundDetail }) {
  const { t, language } = useLanguage();
  const partyName = (party: ScoringParty) => labelOf(scoringParties, party, language);
  const offices = officeParties.filter((party) => partyItems(round.items, party).length > 0);
  const sheetOf = (party: ScoringParty) => round.sheets.find((s) => s.party === party) ?? null;
  const invalidates = [evaluationKeys.round(round.id)];
  return (
    <Flex vertical gap="middle">
      <Table<Sheet>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={round.sheets}
        aria-label={t('evaluations.sheets')}
        locale={{ emptyText: t('evaluations.sheet.none') }}
        expandable={{
          expandedRowRender: (sheet) => (
            <SheetMarks
              sheet={sheet}
              items={round.items}
              files={round.evidenceFiles}
              urlOf={(file) => roundFileUrl(round.id, file.id)}
            />
          ),
          rowExpandable: (sheet) => sheet.marks.length > 0,
        }}
        columns={[
          {
            key: 'party',
            title: t('evaluations.result.party'),
            render: (_, s) => partyName(s.party),
          },
          { key: 'scorer', title: t('evaluations.sheet.scorer'), dataIndex: 'scorerName' },
          {
            key: 'status',
            title: t('evaluations.status'),
            render: (_, s) => <SheetStatusTag status={s.status} />,
          },
          {
            key: 'marks',
            title: t('evaluations.sheet.marked'),
            align: 'right',
            render: (_, s) => `${s.marks.length} / ${partyItems(round.items, s.party).length}`,
          },
          {
            key: 'submitted',
            title: t('evaluations.sheet.submittedAt'),
            render: (_, s) => s.submittedAt?.slice(0, 16).replace('T', ' ') ?? '—',
          },
        ]}
      />
      {offices.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('evaluations.sheet.office.hint')}</Typography.Text>
          <Collapse
            items={offices.map((party) => {
              const sheet = sheetOf(party);
              return {
                key: party,
                label: t('evaluations.sheet.office', { party: partyName(party) }),
                extra: sheet && <SheetStatusTag status={sheet.status} />,
                children: (
                  <ScoringForm
                    items={partyItems(round.items, party)}
                    sheet={sheet}
                    editable={round.can.scoreOffice && sheet?.status !== 'submitted'}
                    invalidates={invalidates}
                    save={async (marks, version) =>
                      (await saveOfficeSheet(round.id, party, { marks, version })).sheets.find(
                        (s) => s.party === party,
                      ) ?? null
                    }
                    submit={(version) => submitOfficeSheet(round.id, party, version)}
                  />
                ),
              };
            })}
          />
        </>
      )}
    </Flex>
  );
}
