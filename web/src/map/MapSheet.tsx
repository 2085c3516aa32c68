import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Typography, theme } from 'antd';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
  /** Always in sight: where the map stands. */
  heading: ReactNode;
  /** Only when pulled up, scrolling on its own: the region tree and the grids. */
  children: ReactNode;
}

// A swipe shorter than this is a tap.
const swipePx = 24;

/**
 * The phone map's bottom sheet, over the map instead of beside it: collapsed it shows the region's
 * heading; pulled up (a swipe, or a tap on its handle) the tree and the grid list.
 */
export function MapSheet({ expanded, onExpandedChange, heading, children }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const startY = useRef<number | null>(null);
  // A swipe also ends in a click on the handle: that click must not undo the swipe.
  const swiped = useRef(false);

  return (
    <section
      data-testid="map-sheet"
      data-expanded={expanded}
      style={{
        position: 'absolute',
        insetInline: 0,
        bottom: 0,
        // Above Leaflet's controls (1000), below antd's overlays.
        zIndex: 1001,
        display: 'flex',
        flexDirection: 'column',
        maxHeight: expanded ? '70%' : undefined,
        background: token.colorBgContainer,
        borderRadius: '12px 12px 0 0',
        boxShadow: token.boxShadowSecondary,
      }}
    >
      <Button
        type="text"
        block
        aria-expanded={expanded}
        onPointerDown={(event) => {
          startY.current = event.clientY;
          // The swipe ends on the handle even when the finger leaves it.
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerUp={(event) => {
          const moved = startY.current === null ? 0 : event.clientY - startY.current;
          startY.current = null;
          if (Math.abs(moved) < swipePx) return;
          swiped.current = true;
          onExpandedChange(moved < 0);
        }}
        onClick={() => {
          if (swiped.current) swiped.current = false;
          else onExpandedChange(!expanded);
        }}
        // A thumb's target; the page must not scroll while the handle is swiped.
        style={{
          height: 48,
          touchAction: 'none',
          borderRadius: '12px 12px 0 0',
          flexDirection: 'column',
          gap: 4,
        }}
        data-testid="map-sheet-toggle"
      >
        <span
          style={{ width: 40, height: 4, borderRadius: 2, background: token.colorBorder, display: 'block' }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {expanded ? <DownOutlined /> : <UpOutlined />}{' '}
          {expanded ? t('layout.sheet.collapse') : t('layout.sheet.expand')}
        </Typography.Text>
      </Button>
      {heading}
      {expanded && (
        <div
          style={{
            flex: 1,
            minHeight: 0,
            overflowY: 'auto',
            overscrollBehavior: 'contain',
            padding: '0 12px 12px',
            borderTop: `1px solid ${token.colorBorderSecondary}`,
          }}
          data-testid="map-sheet-body"
        >
          {children}
        </div>
      )}
    </section>
  );
}
