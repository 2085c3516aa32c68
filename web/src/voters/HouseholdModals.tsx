import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Household, registerHousehold, verifyResident } from '../api/voters';
import { FormModal } from '../common/FormModal';
import type { Community } from '../community-lists/useKeptCommunities';
import { useDeliberationsWrite } from '../deliberations/deliberationsQueries';

/** A place of the community's registry: building, entrance and door, never a person. */
export function AddHouseholdModal({
  communities,
  regionCode,
  onClose,
}: {
  communities: Community[];
  regionCode: string | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const mutation = useDeliberationsWrite(registerHousehold);
  const many = communities.length > 1;
  return (
    <FormModal<
      { regionCode?: string; placeLabel: string },
      Parameters<typeof registerHousehold>[0],
      Household
    >
      title={t('deliberations.households.add')}
      testId="household-add"
      initialValues={{ regionCode }}
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ regionCode: code, placeLabel }) => ({
        placeLabel: placeLabel.trim(),
        ...(many && code ? { regionCode: code } : {}),
      })}
    >
      {many && (
        <Form.Item
          name="regionCode"
          label={t('deliberations.detail.community')}
          rules={[{ required: true, message: t('lists.communityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="household-add-community"
          />
        </Form.Item>
      )}
      <Form.Item
        name="placeLabel"
        label={t('deliberations.households.place')}
        extra={t('deliberations.households.placeHint')}
        rules={[{ required: true, whitespace: true, message: t('deliberations.households.placeRequired') }]}
      >
        <Input maxLength={100} data-testid="household-add-place" />
      </Form.Item>
    </FormModal>
  );
}

/** At the door: the resident in front of the grid worker, found by the number they signed up with. */
export function VerifyResidentModal({ household, onClose }: { household: Household; onClose(): void }) {
  const { t } = useTranslation();
  const mutation = useDeliberationsWrite((phone: string) => verifyResident(household.id, phone));
  return (
    <FormModal<{ phone: string }, string, unknown>
      title={`${t('deliberations.households.verify')} · ${household.placeLabel}`}
      testId="household-verify"
      mutation={mutation}
      onCancel={onClose}
      onDone={onClose}
      toVariables={({ phone }) => phone.trim()}
    >
      <Form.Item
        name="phone"
        label={t('deliberations.households.verifyPhone')}
        rules={[
          { required: true, whitespace: true, message: t('deliberations.households.verifyPhoneRequired') },
        ]}
      >
        <Input type="tel" maxLength={20} inputMode="tel" data-testid="household-verify-phone" />
      </Form.Item>
    </FormModal>
  );
}
