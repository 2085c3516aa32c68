import { InboxOutlined } from '@ant-design/icons';
import type { RegionImportPreviewResponse, RegionImportProblem, RegionImportRow } from '@needle/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys';
import { AdminEmpty, AdminError } from './AdminStates';
import { AdminTitle } from './AdminTitle';
import { importRegions, previewRegionImport } from './adminApi';

interface ReadFile {
  name: string;
  content: unknown;
}

/** Reads a chosen file as JSON; a file that is not JSON is the admin's to fix before anything is sent. */
async function readJson(file: File): Promise<unknown> {
  return JSON.parse(await file.text());
}

/**
 * 区域与网格导入: a GeoJSON file is checked first (the preview writes nothing) and shows every problem,
 * or what it would create and redraw; only a clean file can then be imported, whole.
 */
export function RegionImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<ReadFile | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: previewRegionImport });
  const commit = useMutation({
    mutationFn: importRegions,
    onSuccess: (_summary, _file, _context, { client }) => {
      // The new nodes show on the map and in every region picker.
      void client.invalidateQueries({ queryKey: ['regions'] });
      void client.invalidateQueries({ queryKey: queryKeys.regions.tree() });
    },
  });

  async function choose(chosen: File) {
    setFile(null);
    setUnreadable(null);
    preview.reset();
    commit.reset();
    try {
      const content = await readJson(chosen);
      setFile({ name: chosen.name, content });
      preview.mutate(content);
    } catch {
      setUnreadable(chosen.name);
    }
  }

  function runImport() {
    if (!file) return;
    commit.mutate(file.content, {
      onSuccess: (summary) => {
        message.success(t('admin.regions.imported', summary));
        // What was just written is now what the file would redraw: ask again so the preview says so.
        preview.mutate(file.content);
      },
    });
  }

  const result: RegionImportPreviewResponse | undefined = preview.data;
  return (
    <Flex vertical gap={12}>
      <AdminTitle page="regions" />
      <Typography.Text type="secondary">{t('admin.regions.hint')}</Typography.Text>
      <div data-testid="region-file">
        <Upload.Dragger
          accept=".geojson,.json,application/geo+json,application/json"
          multiple={false}
          showUploadList={false}
          beforeUpload={(chosen) => {
            void choose(chosen);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('admin.regions.drop')}</p>
          <p className="ant-upload-hint">{t('admin.regions.dropHint')}</p>
        </Upload.Dragger>
      </div>
      {unreadable && (
        <Alert
          type="error"
          showIcon
          title={t('admin.regions.notJson', { name: unreadable })}
          data-testid="region-not-json"
        />
      )}
      {preview.error !== null && <AdminError error={preview.error} />}
      {preview.isPending && (
        <Alert type="info" showIcon title={t('admin.regions.checking', { name: file?.name })} />
      )}
      {!file && !unreadable && !preview.isPending && <AdminEmpty>{t('admin.regions.empty')}</AdminEmpty>}
      {result && !result.valid && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('admin.regions.invalid', { count: result.problems.length, name: file?.name })}
            description={t('admin.regions.nothingWritten')}
            data-testid="region-preview-invalid"
          />
          <Table<RegionImportProblem>
            rowKey={(p) => `${p.index}-${p.reason}`}
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={result.problems}
            columns={[
              {
                key: 'feature',
                title: t('admin.regions.feature'),
                render: (_, p) => (p.index < 0 ? t('admin.regions.wholeFile') : `#${p.index}`),
              },
              { key: 'code', title: t('admin.regions.code'), render: (_, p) => p.code ?? '—' },
              { key: 'reason', title: t('admin.regions.reason'), dataIndex: 'reason' },
            ]}
            data-testid="region-preview-problems"
          />
        </>
      )}
      {result?.valid && (
        <>
          <Alert
            type={commit.isSuccess ? 'success' : 'info'}
            showIcon
            title={t('admin.regions.ready', {
              created: result.created,
              updated: result.updated,
              name: file?.name,
            })}
            action={
              <Popconfirm
                title={t('admin.regions.confirm', { created: result.created, updated: result.updated })}
                okText={t('admin.regions.import')}
                cancelText={t('actionForm.cancel')}
                onConfirm={runImport}
              >
                <Button type="primary" loading={commit.isPending} data-testid="region-import-submit">
                  {t('admin.regions.import')}
                </Button>
              </Popconfirm>
            }
            data-testid="region-preview-valid"
          />
          {commit.error !== null && <AdminError error={commit.error} />}
          <Table<RegionImportRow>
            rowKey="code"
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={result.rows}
            columns={[
              { key: 'code', title: t('admin.regions.code'), dataIndex: 'code' },
              { key: 'name', title: t('admin.regions.name'), dataIndex: 'name' },
              { key: 'level', title: t('admin.regions.level'), render: (_, r) => t(`level.${r.level}`) },
              { key: 'parent', title: t('admin.regions.parent'), render: (_, r) => r.parentCode ?? '—' },
              {
                key: 'change',
                title: t('admin.regions.change'),
                render: (_, r) =>
                  r.change === 'create' ? (
                    <Tag color="green">{t('admin.regions.create')}</Tag>
                  ) : (
                    <Tag color="blue">{t('admin.regions.update')}</Tag>
                  ),
              },
            ]}
            data-testid="region-preview-rows"
          />
          {result.rows.length < result.created + result.updated && (
            <Typography.Text type="secondary">
              {t('admin.regions.moreRows', {
                shown: result.rows.length,
                total: result.created + result.updated,
              })}
            </Typography.Text>
          )}
        </>
      )}
    </Flex>
  );
}
