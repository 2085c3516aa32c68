import { Alert, App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DoorCodeIssued, type Household, issueDoorCode, type VerifiedResident } from '../api/voters';
import { type Community, communityName } from '../community-lists/useKeptCommunities';
import {
  useDeliberationsWrite,
  useHouseholds,
  useVerifiedResidents,
} from '../deliberations/deliberationsQueries';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { useIsPhone } from '../layout/useIsPhone';
import { DoorCodeSlip } from './DoorCodeSlip';
import { AddHouseholdModal, VerifyResidentModal } from './HouseholdModals';

const DOOR_CODE_COLORS = { none: 'default', issued: 'gold', used: 'green' } as const;

/**
 * The community's households (places, not people) and its verified residents (masked): register a
 * place, print a one-time door code for it, or verify the resident at the door by phone number.
 */
export function HouseholdsTab({
  regionCode,
  communities,
}: {
  regionCode: string | undefined;
  communities: Community[];
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const households = useHouseholds(regionCode);
  const residents = useVerifiedResidents(regionCode);
  const [adding, setAdding] = useState(false);
  const [verifying, setVerifying] = useState<Household | null>(null);
  const [issued, setIssued] = useState<DoorCodeIssued | null>(null);
  const issue = useDeliberationsWrite(issueDoorCode);
  // At the door on a phone, each household is a card whose buttons a thumb reaches without scrolling sideways.
  const phone = useIsPhone();

  function issueFor(household: Household) {
    const send = () =>
      issue.mutate(household.id, {
        onSuccess: setIssued,
        onError: (error) => void message.error(errorText(t, error)),
      });
    if (household.doorCode === 'issued')
      modal.confirm({ title: t('deliberations.households.reissueConfirm'), onOk: send });
    else send();
  }

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setAdding(true)} data-testid="household-add-open">
          {t('deliberations.households.add')}
        </Button>
      </Flex>
      {households.error !== null && <Alert type="error" showIcon title={errorText(t, households.error)} />}
      {phone ? (
        <Flex vertical gap={8} data-testid="household-cards">
          {(households.data ?? []).length === 0 && !households.isPending && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberations.households.empty')} />
          )}
          {(households.data ?? []).map((household) => (
            <Card key={household.id} size="small" data-testid="household-row">
              <Flex vertical gap={6}>
                <Flex wrap gap={8} align="center" justify="space-between">
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {household.placeLabel}
                  </Typography.Text>
                  <Tag color={DOOR_CODE_COLORS[household.doorCode]}>
                    {`${t('deliberations.households.doorCode')} · ${t(`deliberations.households.doorCodes.${household.doorCode}`)}`}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {t('deliberations.households.residents')} {household.residents}
                </Typography.Text>
                <Flex gap={8}>
                  <Button
                    style={{ flex: 1 }}
                    loading={issue.isPending && issue.variables === household.id}
                    onClick={() => issueFor(household)}
                    data-testid="household-issue-code"
                  >
                    {t('deliberations.households.issue')}
                  </Button>
                  <Button
                    style={{ flex: 1 }}
                    type="primary"
                    onClick={() => setVerifying(household)}
                    data-testid="household-verify-open"
                  >
                    {t('deliberations.households.verify')}
                  </Button>
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Household>
          rowKey="id"
          size="middle"
          loading={households.isPending}
          dataSource={households.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('deliberations.households.empty') }}
          onRow={() => ({ 'data-testid': 'household-row' }) as object}
          columns={[
            { title: t('deliberations.households.place'), dataIndex: 'placeLabel' },
            ...(communities.length > 1
              ? [
                  {
                    title: t('deliberations.detail.community'),
                    dataIndex: 'regionCode',
                    render: (code: string) => communityName(communities, code),
                  },
                ]
              : []),
            {
              title: t('deliberations.households.doorCode'),
              dataIndex: 'doorCode',
              render: (state: Household['doorCode']) => (
                <Tag color={DOOR_CODE_COLORS[state]}>{t(`deliberations.households.doorCodes.${state}`)}</Tag>
              ),
            },
            { title: t('deliberations.households.residents'), dataIndex: 'residents' },
            {
              key: 'actions',
              render: (_, household) => (
                <Flex wrap gap={6}>
                  <Button
                    size="small"
                    loading={issue.isPending && issue.variables === household.id}
                    onClick={() => issueFor(household)}
                    data-testid="household-issue-code"
                  >
                    {t('deliberations.households.issue')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setVerifying(household)}
                    data-testid="household-verify-open"
                  >
                    {t('deliberations.households.verify')}
                  </Button>
                </Flex>
              ),
            },
          ]}
          data-testid="household-table"
        />
      )}
      <Card size="small" title={t('deliberations.households.verifiedTitle')}>
        {residents.error !== null && <Alert type="error" showIcon title={errorText(t, residents.error)} />}
        <Table<VerifiedResident>
          rowKey="userId"
          size="small"
          loading={residents.isPending}
          dataSource={residents.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('deliberations.households.verifiedEmpty') }}
          onRow={() => ({ 'data-testid': 'verified-resident-row' }) as object}
          columns={[
            { title: t('deliberations.households.name'), dataIndex: 'name' },
            {
              title: t('deliberations.households.phone'),
              dataIndex: 'phone',
              render: (p: string | null) => p ?? '',
            },
            { title: t('deliberations.households.place'), dataIndex: 'placeLabel' },
            {
              title: t('deliberations.households.method'),
              dataIndex: 'method',
              render: (m: VerifiedResident['method']) => t(`deliberations.methods.${m}`),
            },
            {
              title: t('deliberations.households.verifiedAt'),
              dataIndex: 'verifiedAt',
              render: (at: string) => formatTime(at),
            },
          ]}
          data-testid="verified-resident-table"
        />
      </Card>
      {adding && (
        <AddHouseholdModal
          communities={communities}
          regionCode={regionCode}
          onClose={() => setAdding(false)}
        />
      )}
      {verifying && (
        <VerifyResidentModal
          household={verifying}
          onClose={() => {
            setVerifying(null);
          }}
        />
      )}
      {issued && <DoorCodeSlip issued={issued} onClose={() => setIssued(null)} />}
    </Flex>
  );
}
