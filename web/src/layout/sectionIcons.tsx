import {
  BarChartOutlined,
  CameraOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  GiftOutlined,
  MessageOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SoundOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType, CSSProperties } from 'react';
import type { SectionKey } from './sections';

// A tab is read by its icon first: each section keeps one picture on the tab bar and in 我的.
export const sectionIcons: Record<SectionKey, ComponentType<{ style?: CSSProperties }>> = {
  workbench: DashboardOutlined,
  map: EnvironmentOutlined,
  tasks: ScheduleOutlined,
  cases: FileTextOutlined,
  report: CameraOutlined,
  inbox: MessageOutlined,
  hotline: PhoneOutlined,
  whistles: SoundOutlined,
  lists: OrderedListOutlined,
  stats: BarChartOutlined,
  points: GiftOutlined,
  admin: SettingOutlined,
  me: UserOutlined,
};
