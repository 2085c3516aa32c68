import type { ProjectState } from '@needle/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<ProjectState, string> = {
  draft: 'default',
  open_for_claim: 'blue',
  claimed: 'cyan',
  in_progress: 'gold',
  closed_out: 'green',
  fallen_to_community: 'purple',
};

/** Where a project stands, from draft to 销号 or 社区兜底. */
export function ProjectStateTag({ state }: { state: ProjectState }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[state]} data-testid="project-state" data-state={state}>
      {t(`lists.projectStates.${state}`)}
    </Tag>
  );
}
