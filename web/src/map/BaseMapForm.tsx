import { BASE_MAP_KINDS, type BaseMap, type BaseMapKind } from '@needle/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { errorText } from '../i18n/errorText';
import { saveBaseMap } from './mapApi';
import { useBaseMap } from './useBaseMap';

interface Fields {
  kind: BaseMapKind;
  key?: string;
  url?: string;
  subdomains?: string;
  attribution?: string;
}

// Examples an admin starts from; the city's own licence decides which it may use.
const presets = {
  amap: {
    url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    subdomains: '1234',
    attribution: '© 高德地图',
  },
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    subdomains: '',
    attribution: '© OpenStreetMap contributors',
  },
};

/** The server's rule, checked here first so the admin reads it in their language before saving. */
export function isTileTemplate(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
}

/** Only the fields of the chosen kind, blanks left out: the server refuses fields of another kind. */
function toBaseMap(fields: Fields): BaseMap {
  const text = (v?: string) => (v?.trim() ? v.trim() : undefined);
  if (fields.kind === 'none') return { kind: 'none' };
  if (fields.kind === 'tianditu') return { kind: 'tianditu', key: text(fields.key) ?? '' };
  const subdomains = text(fields.subdomains);
  const attribution = text(fields.attribution);
  return {
    kind: fields.kind,
    url: text(fields.url) ?? '',
    ...(subdomains ? { subdomains } : {}),
    ...(attribution ? { attribution } : {}),
  };
}

/** The admin's choice of base map (setting baseMap): every map of every user draws it once saved. */
export function BaseMapForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { baseMap } = useBaseMap();
  const [form] = Form.useForm<Fields>();
  const kind = Form.useWatch('kind', form) ?? 'none';

  useEffect(() => {
    if (baseMap)
      form.setFieldsValue({
        key: undefined,
        url: undefined,
        subdomains: undefined,
        attribution: undefined,
        ...baseMap,
      });
  }, [baseMap, form]);

  const save = useMutation({
    mutationFn: (fields: Fields) => saveBaseMap(toBaseMap(fields)),
    onSuccess: (settings) => {
      client.setQueryData(queryKeys.map.baseMap, settings.baseMap);
      client.setQueryData(queryKeys.settings, settings);
      message.success(t('mapView.baseMap.saved'));
    },
  });

  return (
    <Form<Fields>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'none' }}
      onFinish={(fields) => save.mutate(fields)}
      style={{ maxWidth: 640 }}
      data-testid="base-map-form"
    >
      <Typography.Paragraph type="secondary">{t('mapView.baseMap.help')}</Typography.Paragraph>
      <Form.Item name="kind" label={t('mapView.baseMap.kind')}>
        <Select
          options={BASE_MAP_KINDS.map((value) => ({ value, label: t(`mapView.baseMap.kinds.${value}`) }))}
          data-testid="base-map-kind"
        />
      </Form.Item>
      {kind === 'tianditu' && (
        <Form.Item
          name="key"
          label={t('mapView.baseMap.key')}
          extra={t('mapView.baseMap.keyHelp')}
          rules={[{ required: true, whitespace: true, message: t('mapView.baseMap.keyRequired') }]}
        >
          <Input autoComplete="off" data-testid="base-map-key" />
        </Form.Item>
      )}
      {(kind === 'gcj02' || kind === 'wgs84') && (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Button size="small" onClick={() => form.setFieldsValue({ kind: 'gcj02', ...presets.amap })}>
              {t('mapView.baseMap.presetAmap')}
            </Button>
            <Button size="small" onClick={() => form.setFieldsValue({ kind: 'wgs84', ...presets.osm })}>
              {t('mapView.baseMap.presetOsm')}
            </Button>
          </Space>
          <Form.Item
            name="url"
            label={t('mapView.baseMap.url')}
            extra={kind === 'gcj02' ? t('mapView.baseMap.gcjHelp') : t('mapView.baseMap.urlHelp')}
            rules={[
              { required: true, whitespace: true, message: t('mapView.baseMap.urlRequired') },
              {
                validator: (_, value?: string) =>
                  !value || isTileTemplate(value.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('mapView.baseMap.urlInvalid'))),
              },
            ]}
          >
            <Input autoComplete="off" data-testid="base-map-url" />
          </Form.Item>
          <Space size={12} wrap>
            <Form.Item name="subdomains" label={t('mapView.baseMap.subdomains')}>
              <Input style={{ width: 120 }} data-testid="base-map-subdomains" />
            </Form.Item>
            <Form.Item name="attribution" label={t('mapView.baseMap.attribution')}>
              <Input style={{ width: 280 }} data-testid="base-map-attribution" />
            </Form.Item>
          </Space>
        </>
      )}
      {save.error && (
        <Alert type="error" showIcon title={errorText(t, save.error)} style={{ marginBottom: 12 }} />
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="base-map-save">
        {t('mapView.baseMap.save')}
      </Button>
    </Form>
  );
}
