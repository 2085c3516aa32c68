import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBuilding, fetchCareTags, type MaskedResident, type RegistryHousehold } from '../api/registry';
import { AddHouseholdModal, AddResidentModal, EditResidentModal } from './RegistryForms';

type Editing =
  | { kind: 'household' }
  | { kind: 'resident'; household: RegistryHousehold }
  | { kind: 'edit'; resident: MaskedResident };

/**
 * A building's households and their residents, masked, with the forms to keep them current: staff see
 * it in a drawer at the desk, a building leader on their phone.
 */
export function BuildingHouseholds({ buildingId }: { buildingId: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const detail = useQuery({
    queryKey: ['registry', 'building', buildingId],
    queryFn: ({ signal }) => fetchBuilding(buildingId, signal),
  });
  const tags = useQuery({ queryKey: ['registry', 'tags'], queryFn: ({ signal }) => fetchCareTags(signal) });
  const label = (code: string) => tags.data?.find((x) => x.code === code)?.label ?? code;
  const close = () => setEditing(null);
  const building = detail.data?.building;
  return (
    <Flex vertical gap={8} data-testid="building-households">
      {building && detail.data?.canEdit && (
        <Button type="primary" onClick={() => setEditing({ kind: 'household' })} data-testid="household-new">
          {t('registry.addHousehold')}
        </Button>
      )}
      {(detail.data?.households ?? []).map((h) => (
        <Card
          key={h.id}
          size="small"
          data-testid="household"
          title={`${h.unit} ${h.room}`}
          extra={
            detail.data?.canEdit && (
              <Button size="small" onClick={() => setEditing({ kind: 'resident', household: h })}>
                {t('registry.addResident')}
              </Button>
            )
          }
        >
          {h.residents.length === 0 && (
            <Typography.Text type="secondary">{t('registry.emptyHousehold')}</Typography.Text>
          )}
          {h.residents.map((r) => (
            <Flex key={r.id} justify="space-between" align="center" gap={8} data-testid="household-resident">
              <Typography.Text delete={r.movedOut} style={{ minWidth: 0 }}>
                {[r.name, r.relation, r.birthYear, r.idNumber, r.phone].filter(Boolean).join(' ')}{' '}
                {r.careTags.map((c) => (
                  <Tag key={c}>{label(c)}</Tag>
                ))}
              </Typography.Text>
              {detail.data?.canEdit && (
                <Button size="small" type="link" onClick={() => setEditing({ kind: 'edit', resident: r })}>
                  {t('registry.editResident')}
                </Button>
              )}
            </Flex>
          ))}
        </Card>
      ))}
      {editing?.kind === 'household' && building && <AddHouseholdModal building={building} onClose={close} />}
      {editing?.kind === 'resident' && <AddResidentModal household={editing.household} onClose={close} />}
      {editing?.kind === 'edit' && <EditResidentModal resident={editing.resident} onClose={close} />}
    </Flex>
  );
}
