import type { RankedUnit, ScorePartValue } from '@needle/contract';
import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate, formatWeight } from '../i18n/formatRate';
import { scorePartLabel } from '../i18n/labels';

const points = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** Why a unit scores what it does: each part's value × weight = points, and the points add up. */
export function ScoreBreakdown({ unit }: { unit: RankedUnit }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ScorePartValue> = [
    { key: 'part', title: t('stats.part'), render: (_, part) => scorePartLabel(t, part.name) },
    { key: 'value', title: t('stats.value'), render: (_, part) => formatRate(part.value) },
    // A part without data weighs nothing: the server shows weight 0 and scales the others up.
    {
      key: 'weight',
      title: t('stats.weight'),
      render: (_, part) => (part.value === null ? '—' : formatWeight(part.weight)),
    },
    {
      key: 'formula',
      title: t('stats.points'),
      render: (_, part) =>
        part.value === null || part.points === null ? (
          t('stats.noData')
        ) : (
          <span data-testid="breakdown-formula">
            {formatRate(part.value)} × {formatWeight(part.weight)} = <strong>{points(part.points)}</strong>
          </span>
        ),
    },
  ];
  return (
    <Flex vertical gap={4} data-testid="ranking-breakdown" data-unit={unit.unit}>
      <Table
        rowKey="name"
        size="small"
        columns={columns}
        dataSource={unit.parts}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('stats.score')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3}>
              <strong data-testid="breakdown-total">{points(unit.score)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('stats.breakdownNote')}
      </Typography.Text>
    </Flex>
  );
}
