import { Alert, App, Button, Card, Flex, Form, Input, Rate, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PartyRegistrationInput, registerParty } from '../api/volunteers';
import { useMe } from '../auth/AuthContext';
import { PageSkeleton } from '../common/PageSkeleton';
import { useKeptCommunities } from '../community-lists/useKeptCommunities';
import { errorText } from '../i18n/errorText';
import { formatTime } from '../i18n/formatTime';
import { ownCommunity } from './volunteerRoles';
import { useMyParty, useVolunteersWrite } from './volunteersQueries';

/** 双报到 for a resident party member: register with the community where they live, then see its stars. */
export function PartyRegistration() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const mine = useMyParty();
  const communities = useKeptCommunities();
  const register = useVolunteersWrite(registerParty);
  if (mine.error !== null) return <Alert type="error" showIcon title={errorText(t, mine.error)} />;
  if (!mine.data) return <PageSkeleton rows={3} />;
  const registration = mine.data.registration;
  if (registration) {
    return (
      <Card size="small" data-testid="party-registration">
        <Flex vertical gap={4}>
          <Typography.Text strong>{registration.regionName}</Typography.Text>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {registration.branch}
          </Typography.Text>
          <Typography.Text type="secondary">{formatTime(registration.registeredAt)}</Typography.Text>
          {registration.confirmedAt ? (
            <Tag color="green" style={{ alignSelf: 'start' }} data-testid="party-status">
              {t('volunteers.party.confirmedOn')}
            </Tag>
          ) : (
            <Tag color="orange" style={{ alignSelf: 'start' }} data-testid="party-status">
              {t('volunteers.party.registered')}
            </Tag>
          )}
          {registration.ratings.map((r) => (
            <Flex key={r.year} gap={8} align="center">
              <Typography.Text>{r.year}</Typography.Text>
              <Rate disabled value={r.stars} />
            </Flex>
          ))}
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('volunteers.party.register')}>
      <Typography.Paragraph type="secondary">{t('volunteers.party.registerHint')}</Typography.Paragraph>
      {register.error !== null && (
        <Alert type="error" showIcon title={errorText(t, register.error)} style={{ marginBottom: 12 }} />
      )}
      <Form<PartyRegistrationInput>
        layout="vertical"
        initialValues={{ regionCode: ownCommunity(me, communities) }}
        onFinish={(values) =>
          register.mutate(
            { regionCode: values.regionCode, branch: values.branch.trim() },
            { onSuccess: () => message.success(t('volunteers.party.registered')) },
          )
        }
        data-testid="party-form"
      >
        <Form.Item
          name="regionCode"
          label={t('volunteers.party.community')}
          rules={[{ required: true, message: t('volunteers.party.communityRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.code, label: c.name }))}
            data-testid="party-community"
          />
        </Form.Item>
        <Form.Item
          name="branch"
          label={t('volunteers.party.branch')}
          rules={[{ required: true, whitespace: true, message: t('volunteers.party.branchRequired') }]}
        >
          <Input maxLength={200} data-testid="party-branch" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={register.isPending}
          data-testid="party-submit"
        >
          {t('volunteers.party.register')}
        </Button>
      </Form>
    </Card>
  );
}
