import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../common/PageHeading';
import { formatTime } from '../i18n/formatTime';
import { PageShell } from '../layout/PageShell';
import { BuildingHouseholds } from './BuildingHouseholds';
import { useMyBuildings } from './MyBuildingLink';

/** 我的楼栋: a building or stairwell leader keeps who lives there current, from the phone. */
export function MyBuildingPage() {
  const { t } = useTranslation();
  const mine = useMyBuildings();
  return (
    <PageShell maxWidth={720}>
      <Flex vertical gap={12} data-testid="my-building-page">
        <PageHeading title={t('registry.myBuilding')} />
        {mine.data?.length === 0 && <Empty description={t('registry.noBuilding')} />}
        {(mine.data ?? []).map((b) => (
          <Flex key={b.id} vertical gap={8}>
            <Card size="small" data-testid="my-building">
              <Flex vertical gap={2}>
                <Typography.Text strong>{`${b.name} · ${b.address}`}</Typography.Text>
                <Typography.Text type="secondary">
                  {`${t('registry.households')} ${b.households} · ${t('registry.residents')} ${b.residents} · ${t('registry.underCare')} ${b.underCare}`}
                </Typography.Text>
                <Typography.Text type="secondary">{`${t('registry.updatedAt')} ${formatTime(b.updatedAt)}`}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('registry.myBuildingHint')}
                </Typography.Text>
              </Flex>
            </Card>
            <BuildingHouseholds buildingId={b.id} />
          </Flex>
        ))}
      </Flex>
    </PageShell>
  );
}
