import { PROJECT_STATES, type ProjectState } from '@needle/contract';
import { Alert, Flex, InputNumber, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Project } from '../api/communityLists';
import { errorText } from '../i18n/errorText';
import { useProjects } from './listsQueries';
import type { ListsUrl } from './listsUrl';
import { ProjectStateTag } from './ProjectStateTag';
import { type Community, communityName } from './useKeptCommunities';

/** 项目清单: the yearly projects by state and year; a row opens the project. */
export function ProjectsTab({ url, communities }: { url: ListsUrl; communities: Community[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const projects = useProjects(url.apiQuery(['regionCode', 'state', 'year']));
  const year = Number(url.get('year')) || undefined;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Select
          allowClear
          placeholder={t('lists.projects.state')}
          aria-label={t('lists.projects.state')}
          value={url.get('state')}
          onChange={(value) => url.show({ state: value })}
          options={PROJECT_STATES.map((s) => ({ value: s, label: t(`lists.projectStates.${s}`) }))}
          style={{ width: 140 }}
          data-testid="filter-project-state"
        />
        <InputNumber
          placeholder={t('lists.projects.year')}
          aria-label={t('lists.projects.year')}
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => url.show({ year: value ?? undefined })}
          data-testid="filter-project-year"
        />
      </Flex>
      {projects.error !== null && <Alert type="error" showIcon title={errorText(t, projects.error)} />}
      <Table<Project>
        rowKey="id"
        size="middle"
        loading={projects.isPending}
        dataSource={projects.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('lists.projects.empty') }}
        onRow={(project) =>
          ({
            onClick: () => navigate(`/lists/projects/${project.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'project-row',
          }) as object
        }
        columns={[
          { title: t('lists.projects.title'), dataIndex: 'title', width: 220 },
          {
            title: t('lists.community'),
            dataIndex: 'regionCode',
            render: (code: string) => communityName(communities, code),
          },
          { title: t('lists.projects.year'), dataIndex: 'year' },
          {
            title: t('lists.projects.state'),
            dataIndex: 'state',
            render: (state: ProjectState) => <ProjectStateTag state={state} />,
          },
          {
            title: t('lists.projects.budget'),
            dataIndex: 'budgetYuan',
            render: (amount: number) => amount.toLocaleString(),
          },
          {
            title: t('lists.projects.partnerUnit'),
            key: 'partner',
            render: (_, p) =>
              p.claim?.partnerUnitName ??
              (p.state === 'fallen_to_community' || p.fallenAt ? t('lists.projects.fallen') : ''),
          },
          {
            title: t('lists.project.milestones'),
            key: 'milestones',
            render: (_, p) =>
              t('lists.projects.milestoneProgress', {
                done: p.milestones.filter((m) => m.doneAt).length,
                total: p.milestones.length,
              }),
          },
          { title: t('lists.projects.dueDate'), dataIndex: 'dueDate' },
        ]}
        data-testid="project-table"
      />
    </Flex>
  );
}
