import type { Kpis } from '@needle/contract';
import { Flex } from 'antd';
import { CaseLoopCard } from './CaseLoopCard';
import { HotlineCard } from './HotlineCard';
import { WhistleCard } from './WhistleCard';

/** The month's figures for the chosen area: 12345, the case loop, the whistles. */
export function KpiCards({ kpis }: { kpis: Kpis }) {
  return (
    <Flex vertical gap={12} data-testid="kpi-cards">
      <HotlineCard kpis={kpis} />
      <CaseLoopCard kpis={kpis} />
      <WhistleCard kpis={kpis} />
    </Flex>
  );
}
