import { useMe } from '../auth/AuthContext';
import { PageShell } from '../layout/PageShell';
import { PatrolDesk } from './PatrolDesk';
import { PatrolPhone } from './PatrolPhone';

/** 巡查: a grid worker walks it on the phone; staff follow it from the back office. */
export function PatrolsPage() {
  const me = useMe();
  const walker = me.roles.includes('grid_worker');
  return <PageShell maxWidth={walker ? 600 : 1200}>{walker ? <PatrolPhone /> : <PatrolDesk />}</PageShell>;
}
