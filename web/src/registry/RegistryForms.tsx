import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addResident,
  type Building,
  type BuildingInput,
  changeResident,
  createBuilding,
  createHousehold,
  type MaskedResident,
  type RegistryHousehold,
  type RegistryHouseholdInput,
  type ResidentInput,
  type ResidentPatch,
} from '../api/registry';
import { FormModal } from '../common/FormModal';
import { newIdempotencyKey } from '../report/idempotencyKey';
import { GridSelect } from './GridSelect';
import { ResidentFields } from './ResidentFields';
import { type ResidentValues, residentInput } from './residentInput';

function useRegistryWrite<V, R>(write: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['registry'] }),
  });
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** 新增楼栋: the building, its floors and its stairwells; it joins the address gazetteer. */
export function AddBuildingModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mutation = useRegistryWrite(createBuilding);
  return (
    <FormModal<BuildingInput, BuildingInput, Building>
      title={t('registry.addBuilding')}
      testId="building-new"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ floors: 6, units: ['1单元'] }}
      toVariables={(v) => ({ ...v, name: v.name.trim(), address: v.address.trim() })}
    >
      <Form.Item name="regionCode" label={t('registry.grid')} rules={required(t('registry.required'))}>
        <GridSelect data-testid="building-grid" />
      </Form.Item>
      <Form.Item name="name" label={t('registry.building')} rules={required(t('registry.required'))}>
        <Input maxLength={40} placeholder="3号楼" data-testid="building-name" />
      </Form.Item>
      <Form.Item name="address" label={t('registry.address')} rules={required(t('registry.required'))}>
        <Input maxLength={200} data-testid="building-address" />
      </Form.Item>
      <Form.Item name="floors" label={t('registry.floors')} rules={[{ required: true }]}>
        <InputNumber min={1} max={200} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="units"
        label={t('registry.units')}
        extra={t('registry.unitsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('registry.required') }]}
      >
        <Select mode="tags" open={false} maxCount={50} data-testid="building-units" />
      </Form.Item>
    </FormModal>
  );
}

interface HouseholdValues extends Partial<ResidentValues> {
  unitId: string;
  room: string;
  floor: number;
}

/** 新增住户: a flat of a stairwell and, when someone lives there, its first resident. */
export function AddHouseholdModal({ building, onClose }: { building: Building; onClose(): void }) {
  const { t } = useTranslation();
  // One key per form: a retried submission (a dropped answer on the stairs) registers the flat once.
  const [key] = useState(newIdempotencyKey);
  const mutation = useRegistryWrite((body: RegistryHouseholdInput) => createHousehold(body, key));
  return (
    <FormModal<HouseholdValues, RegistryHouseholdInput, unknown>
      title={`${t('registry.addHousehold')} · ${building.name}`}
      testId="household-new"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{ unitId: building.units[0]?.id, floor: 1 }}
      toVariables={({ unitId, room, floor, ...person }) => ({
        buildingId: building.id,
        unitId,
        room: room.trim(),
        floor,
        residents: person.name?.trim() ? [residentInput(person as ResidentValues)] : [],
      })}
    >
      <Form.Item name="unitId" label={t('registry.unit')} rules={[{ required: true }]}>
        <Select options={building.units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item
        name="room"
        label={t('registry.room')}
        rules={[
          { required: true, message: t('registry.required') },
          { pattern: /^[0-9A-Za-z-]{1,10}$/, message: t('registry.roomInvalid') },
        ]}
      >
        <Input maxLength={10} placeholder="301" data-testid="household-room" />
      </Form.Item>
      <Form.Item name="floor" label={t('registry.floor')} rules={[{ required: true }]}>
        <InputNumber min={-5} max={200} style={{ width: '100%' }} data-testid="household-floor" />
      </Form.Item>
      <ResidentFields optional />
    </FormModal>
  );
}

/** 新增居民: someone moves into a household. */
export function AddResidentModal({ household, onClose }: { household: RegistryHousehold; onClose(): void }) {
  const { t } = useTranslation();
  const mutation = useRegistryWrite((body: ResidentInput) => addResident(household.id, body));
  return (
    <FormModal<ResidentValues, ResidentInput, RegistryHousehold>
      title={`${t('registry.addResident')} · ${household.unit} ${household.room}`}
      testId="resident-new"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      toVariables={residentInput}
    >
      <ResidentFields />
    </FormModal>
  );
}

/** 更新信息: only what is typed changes; the ID number and phone stay unless typed anew. */
export function EditResidentModal({ resident, onClose }: { resident: MaskedResident; onClose(): void }) {
  const { t } = useTranslation();
  const mutation = useRegistryWrite((body: ResidentPatch) => changeResident(resident.id, body));
  return (
    <FormModal<ResidentValues & { movedOut?: boolean }, ResidentPatch, RegistryHousehold>
      title={`${t('registry.editResident')} · ${resident.name}`}
      testId="resident-edit"
      mutation={mutation}
      onDone={onClose}
      onCancel={onClose}
      initialValues={{
        relation: resident.relation,
        birthYear: resident.birthYear,
        careTags: resident.careTags,
        movedOut: resident.movedOut,
      }}
      toVariables={({ name, relation, birthYear, idNumber, phone, careTags, movedOut }) => ({
        ...(name?.trim() ? { name: name.trim() } : {}),
        relation: relation?.trim() ?? '',
        birthYear: birthYear ?? null,
        ...(idNumber?.trim() ? { idNumber: idNumber.trim().toUpperCase() } : {}),
        ...(phone?.trim() ? { phone: phone.trim() } : {}),
        careTags: careTags ?? [],
        movedOut: movedOut ?? false,
      })}
    >
      <ResidentFields
        masked={{ name: resident.name, idNumber: resident.idNumber, phone: resident.phone }}
        optional
      />
      <Form.Item name="movedOut" label={t('registry.movedOut')} valuePropName="checked">
        <Switch data-testid="resident-moved-out" />
      </Form.Item>
    </FormModal>
  );
}
