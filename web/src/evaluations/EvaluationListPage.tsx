import { EVALUATION_STATES } from '@needle/contract';
import { Alert, App, Button, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Evaluation } from '../api/evaluations';
import { PageHeading } from '../common/PageHeading';
import { CommunityFilter } from '../community-lists/CommunityFilter';
import { communityName, useKeptCommunities } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { EvaluationModal } from './EvaluationModal';
import { EvaluationStateTag } from './EvaluationStateTag';
import { useEvaluations } from './evaluationsQueries';

/** The evaluations of the communities the user runs them for; a row opens one. */
export function EvaluationListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const communities = useKeptCommunities();
  const [regionCode, setRegionCode] = useState<string>();
  const [state, setState] = useState<string>();
  const [creating, setCreating] = useState(false);
  const query = new URLSearchParams();
  if (regionCode) query.set('regionCode', regionCode);
  if (state) query.set('state', state);
  const evaluations = useEvaluations(query.toString());
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('evaluations.title')} testId="evaluations-heading">
          <Button type="primary" onClick={() => setCreating(true)} data-testid="evaluation-create">
            {t('evaluations.create.open')}
          </Button>
        </PageHeading>
        <Flex wrap gap={8}>
          <CommunityFilter communities={communities} value={regionCode} onChange={setRegionCode} />
          <Select
            allowClear
            placeholder={t('evaluations.allStates')}
            aria-label={t('evaluations.state')}
            value={state}
            onChange={setState}
            options={EVALUATION_STATES.map((s) => ({ value: s, label: t(`evaluations.states.${s}`) }))}
            style={{ width: 140 }}
            data-testid="filter-evaluation-state"
          />
        </Flex>
        {evaluations.error !== null && (
          <Alert type="error" showIcon title={errorText(t, evaluations.error)} />
        )}
        <Table<Evaluation>
          rowKey="id"
          size="middle"
          loading={evaluations.isPending}
          dataSource={evaluations.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('evaluations.empty') }}
          onRow={(evaluation) =>
            ({
              onClick: () => navigate(`/evaluations/${evaluation.id}`),
              style: { cursor: 'pointer' },
              'data-testid': 'evaluation-row',
            }) as object
          }
          columns={[
            { title: t('evaluations.subject'), dataIndex: 'subject', width: 240 },
            {
              title: t('evaluations.community'),
              dataIndex: 'regionCode',
              render: (code: string) => communityName(communities, code),
            },
            {
              title: t('evaluations.mode'),
              dataIndex: 'mode',
              render: (mode: Evaluation['mode']) => t(`evaluations.modes.${mode}`),
            },
            {
              title: t('evaluations.state'),
              dataIndex: 'state',
              render: (s: Evaluation['state']) => <EvaluationStateTag state={s} />,
            },
            {
              title: t('evaluations.period'),
              key: 'period',
              render: (_, e) => `${formatTime(e.opensAt)} – ${formatTime(e.closedAt ?? e.closesAt)}`,
            },
            { title: t('evaluations.households'), dataIndex: 'households', align: 'right' },
          ]}
          data-testid="evaluation-table"
        />
      </Flex>
      {creating && (
        <EvaluationModal
          communities={communities}
          onCancel={() => setCreating(false)}
          onDone={(created) => {
            message.success(t('evaluations.create.created'));
            setCreating(false);
            navigate(`/evaluations/${created.id}`);
          }}
        />
      )}
    </PageShell>
  );
}
