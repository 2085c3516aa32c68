import type { ParticipationDashboard } from '@needle/contract';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Figure({ id, title, value, note }: { id: string; title: string; value: number; note?: ReactNode }) {
  return (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" style={{ height: '100%' }} data-testid={`participation-stat-${id}`}>
        <Statistic title={title} value={value} />
        {note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        )}
      </Card>
    </Col>
  );
}

/** The year's headline figures, each with what lies behind it in a line of small print. */
export function ParticipationFigureCards({ data }: { data: ParticipationDashboard }) {
  const { t } = useTranslation();
  const f = data.totals;
  return (
    <Row gutter={[12, 12]}>
      <Figure
        id="projects"
        title={t('participationDashboard.figures.projects')}
        value={f.projects}
        note={t('participationDashboard.notes.projects', {
          claimed: f.projectsClaimed,
          fallen: f.projectsFallen,
        })}
      />
      <Figure
        id="projectsClosedOut"
        title={t('participationDashboard.figures.projectsClosedOut')}
        value={f.projectsClosedOut}
      />
      <Figure
        id="wishesFulfilled"
        title={t('participationDashboard.figures.wishesFulfilled')}
        value={f.wishesFulfilled}
        note={t('participationDashboard.notes.wishes', { posted: f.wishesPosted })}
      />
      <Figure
        id="volunteerHours"
        title={t('participationDashboard.figures.volunteerHours')}
        value={f.volunteerHours}
        note={t('participationDashboard.notes.volunteers', {
          teams: data.volunteerTeams,
          activities: data.activitiesHeld,
        })}
      />
      <Figure
        id="deliberations"
        title={t('participationDashboard.figures.deliberations')}
        value={f.deliberations}
      />
      <Figure
        id="resolutionsPublished"
        title={t('participationDashboard.figures.resolutionsPublished')}
        value={f.resolutionsPublished}
      />
    </Row>
  );
}
