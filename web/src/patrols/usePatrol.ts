import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchPatrolPoints } from '../api/patrols';
import { useMe } from '../auth/AuthContext';
import { newIdempotencyKey } from '../report/idempotencyKey';
import { type ActivePatrol, patrolStore } from './patrolStore';
import { sendPatrolQueue } from './sendPatrolQueue';
import { BATCH_MS, batchDue, type Fix, keeps, metres } from './trackSampler';

const patrolPath = (id: string, step = '') => `/api/patrols/${id}${step}`;

/** The pending points as the next numbered batch, queued; the active patrol as it is after. */
async function queueBatch(active: ActivePatrol): Promise<ActivePatrol> {
  if (active.pending.length === 0) return active;
  await patrolStore.enqueue({
    userId: active.userId,
    patrolId: active.patrolId,
    path: patrolPath(active.patrolId, '/track'),
    body: {
      batch: active.nextBatch,
      points: active.pending.map((f) => ({
        lat: f.lat,
        lng: f.lng,
        at: new Date(f.at).toISOString(),
        accuracy: f.accuracy,
      })),
    },
  });
  return { ...active, nextBatch: active.nextBatch + 1, pending: [] };
}

/**
 * The patrol on this phone: started, recorded from the GPS at the sampler's rate, checked in, ended.
 * Everything is written to IndexedDB before it is sent, and sent in order when the network allows: a
 * patrol walked without a network loses no point.
 */
export function usePatrol() {
  const me = useMe();
  const [active, setActive] = useState<ActivePatrol | null | undefined>(undefined);
  const [waiting, setWaiting] = useState(0);
  const [here, setHere] = useState<Fix | null>(null);
  const [geoError, setGeoError] = useState<string | null>(null);
  const current = useRef<ActivePatrol | null>(null);
  // Every change to the patrol runs after the one before, on the patrol as that one left it: a GPS fix
  // arriving while a batch is being queued must not be written over by a copy taken before it.
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const change = useCallback(
    (step: (a: ActivePatrol | null) => Promise<ActivePatrol | null>) => {
      const run = chain.current.then(async () => {
        const next = await step(current.current);
        current.current = next;
        setActive(next);
        if (next) await patrolStore.saveActive(next);
        else await patrolStore.clearActive(me.id);
      });
      chain.current = run.catch(() => undefined);
      return run;
    },
    [me.id],
  );

  const send = useCallback(async () => {
    if (navigator.onLine) setWaiting(await sendPatrolQueue(me.id));
    else setWaiting((await patrolStore.queued(me.id)).filter((r) => !r.refused).length);
  }, [me.id]);

  useEffect(() => {
    void change(async () => (await patrolStore.active(me.id)) ?? null);
    void send();
    // The network is back: what was kept goes now, the points not yet batched too.
    const online = () => void change(async (a) => (a ? queueBatch(a) : a)).then(send);
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      void change(async (a) => (a && batchDue(a.pending, Date.now()) ? queueBatch(a) : a)).then(send);
    }, BATCH_MS / 2);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [me.id, change, send]);

  const recording = active?.patrolId;
  useEffect(() => {
    if (!recording || !('geolocation' in navigator)) return;
    const watch = navigator.geolocation.watchPosition(
      (position) => {
        const fix = {
          lat: position.coords.latitude,
          lng: position.coords.longitude,
          at: position.timestamp || Date.now(),
          accuracy: position.coords.accuracy,
        };
        setHere(fix);
        setGeoError(null);
        void change(async (a) => {
          if (!a || !keeps(a.lastKept, fix)) return a;
          const next: ActivePatrol = {
            ...a,
            recorded: a.recorded + 1,
            distanceM: a.distanceM + (a.lastKept ? Math.round(metres(a.lastKept, fix)) : 0),
            lastKept: fix,
            pending: [...a.pending, fix],
          };
          return batchDue(next.pending, fix.at) ? queueBatch(next) : next;
        }).then(send);
      },
      (error) => setGeoError(error.message),
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
    return () => navigator.geolocation.clearWatch(watch);
  }, [recording, change, send]);

  async function start() {
    const points = navigator.onLine ? await fetchPatrolPoints().catch(() => []) : [];
    await change(async (a) => {
      if (a) return a;
      const patrolId = newIdempotencyKey();
      const startedAt = new Date().toISOString();
      await patrolStore.enqueue({
        userId: me.id,
        patrolId,
        path: '/api/patrols',
        body: { id: patrolId, startedAt },
      });
      return {
        userId: me.id,
        patrolId,
        startedAt,
        nextBatch: 0,
        recorded: 0,
        distanceM: 0,
        pending: [],
        lastKept: null,
        points,
        checkedIn: [],
      };
    });
    await send();
  }

  async function checkIn(
    body: { pointId?: string; qrToken?: string; lat?: number; lng?: number },
    pointId?: string,
  ) {
    await change(async (a) => {
      if (!a) return a;
      // The track up to the check-in goes first, so the back office sees how the worker got there.
      const next = await queueBatch(a);
      await patrolStore.enqueue({
        userId: a.userId,
        patrolId: a.patrolId,
        path: patrolPath(a.patrolId, '/checkins'),
        body: { ...body, at: new Date().toISOString() },
      });
      return { ...next, checkedIn: pointId ? [...next.checkedIn, pointId] : next.checkedIn };
    });
    await send();
  }

  async function stop() {
    await change(async (a) => {
      if (!a) return a;
      // The last points, then the end: in this order, however long the queue waits for the network.
      await queueBatch(a);
      await patrolStore.enqueue({
        userId: a.userId,
        patrolId: a.patrolId,
        path: patrolPath(a.patrolId, '/finish'),
        body: { endedAt: new Date().toISOString() },
      });
      return null;
    });
    await send();
  }

  return {
    loading: active === undefined,
    active: active ?? null,
    waiting,
    here,
    geoError,
    start,
    stop,
    checkInAt: (pointId: string) =>
      here ? checkIn({ pointId, lat: here.lat, lng: here.lng }, pointId) : Promise.resolve(),
    checkInByCode: (qrToken: string) => {
      const point = current.current?.points.find((p) => p.qrToken === qrToken);
      return checkIn({ qrToken }, point?.id);
    },
  };
}
