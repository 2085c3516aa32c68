import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Team, TeamInput } from '../api/volunteers';
import { FormModal, type FormSubmission } from '../common/FormModal';
import type { Community } from '../community-lists/useKeptCommunities';

interface Values {
  regionCode?: string;
  name: string;
  focus?: string;
}

/** 成立服务队: a team of a community (or, left empty, of the staff member's own area). */
export function TeamModal({
  communities,
  ...submission
}: FormSubmission<TeamInput, Team> & { communities: Community[] }) {
  const { t } = useTranslation();
  return (
    <FormModal<Values, TeamInput, Team>
      title={t('volunteers.teams.create')}
      testId="team"
      toVariables={({ regionCode, name, focus }) => ({
        ...(regionCode ? { regionCode } : {}),
        name: name.trim(),
        ...(focus?.trim() ? { focus: focus.trim() } : {}),
      })}
      {...submission}
    >
      {communities.length > 1 && (
        <Form.Item
          name="regionCode"
          label={t('volunteers.teams.region')}
          extra={t('volunteers.teams.regionHint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="team-region"
          />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('volunteers.teams.name')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.teams.nameRequired') }]}
      >
        <Input maxLength={100} data-testid="team-name" />
      </Form.Item>
      <Form.Item name="focus" label={t('volunteers.teams.focus')}>
        <Input maxLength={200} data-testid="team-focus" />
      </Form.Item>
    </FormModal>
  );
}
