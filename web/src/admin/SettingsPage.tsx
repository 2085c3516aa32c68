import { SETTING_KEYS } from '@needle/contract';
import { Alert, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCitySettings } from '../common/useCitySettings';
import { BaseMapForm } from '../map/BaseMapForm';
import { AdminError, AdminSkeleton } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { settingHint, settingKeyLabel } from './adminLabels';
import { SettingCard } from './SettingCard';

/** 系统设置: every configurable figure of the city, one form per setting, each saved and audited alone. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useCitySettings();
  const values = settings.data as Record<string, unknown> | undefined;
  return (
    <Flex vertical gap={12}>
      <AdminTitle page="settings" />
      {/* The webhook's address and secret are the server's start-up configuration, not a stored setting. */}
      <Alert
        type="info"
        showIcon
        title={t('admin.settings.webhook')}
        description={t('admin.settings.webhookHint')}
      />
      {settings.error !== null && <AdminError error={settings.error} />}
      {settings.isPending ? (
        <AdminSkeleton rows={12} />
      ) : (
        values &&
        SETTING_KEYS.map((key) =>
          // The base map has a form of its own: presets, the key or tile template, and its checks.
          key === 'baseMap' ? (
            <Card key={key} size="small" title={settingKeyLabel(t, key)} data-testid="setting-baseMap">
              <BaseMapForm />
            </Card>
          ) : (
            <SettingCard key={key} settingKey={key} value={values[key]} hint={settingHint(t, key)} />
          ),
        )
      )}
    </Flex>
  );
}
