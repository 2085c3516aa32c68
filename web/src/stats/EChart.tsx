import { useEffect, useRef } from 'react';
import { type ChartClick, type ChartOption, echarts } from './echarts';

interface Props {
  option: ChartOption;
  height: number | string;
  /** ECharts' built-in 'dark' theme on the big screen; the light default elsewhere. */
  theme?: 'dark';
  onClick?(click: ChartClick): void;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  'data-testid'?: string;
}

/**
 * One ECharts chart in a div: it follows the container's size (a dashboard's columns change width
 * with the window, the big screen with full-screen mode) and is disposed of with the component.
 */
export function EChart({ option, height, theme, onClick, label, ...rest }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest option and click handler, for a chart made again when the theme changes.
  const latest = useRef({ option, onClick });
  latest.current = { option, onClick };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, theme ?? null, { renderer: 'canvas' });
    chart.current = instance;
    instance.setOption(latest.current.option);
    instance.on('click', (event) => {
      const e = event as { name?: string; seriesName?: string; dataIndex?: number };
      latest.current.onClick?.({ name: e.name ?? '', seriesName: e.seriesName, dataIndex: e.dataIndex ?? 0 });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    // notMerge: a series that is gone (a drill-down to fewer units) must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      {...rest}
    />
  );
}
