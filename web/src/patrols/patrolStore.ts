import type { PatrolPoint } from '@needle/contract';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Fix } from './trackSampler';

/** A request of a patrol waiting to be sent: start, a batch of track, a check-in, the end. */
export interface QueuedRequest {
  seq?: number;
  userId: string;
  patrolId: string;
  path: string;
  body: unknown;
  /** The server refused it (a 4xx): kept for the record, no longer sent. */
  refused?: { status: number; code: string };
}

/** The patrol under way on this phone, kept so that a reload or a closed tab loses nothing. */
export interface ActivePatrol {
  userId: string;
  patrolId: string;
  startedAt: string;
  nextBatch: number;
  /** Points kept so far, sent or not. */
  recorded: number;
  distanceM: number;
  /** Kept points not yet put into a batch. */
  pending: Fix[];
  lastKept: Fix | null;
  points: PatrolPoint[];
  checkedIn: string[];
}

interface PatrolSchema extends DBSchema {
  requests: { key: number; value: QueuedRequest; indexes: { byUser: string } };
  active: { key: string; value: ActivePatrol };
}

let opened: Promise<IDBPDatabase<PatrolSchema>> | null = null;

function database(): Promise<IDBPDatabase<PatrolSchema>> {
  opened ??= openDB<PatrolSchema>('needle-patrols', 1, {
    upgrade(db) {
      const requests = db.createObjectStore('requests', { keyPath: 'seq', autoIncrement: true });
      requests.createIndex('byUser', 'userId');
      db.createObjectStore('active', { keyPath: 'userId' });
    },
  });
  return opened;
}

export const patrolStore = {
  async active(userId: string) {
    return (await database()).get('active', userId);
  },
  async saveActive(active: ActivePatrol) {
    await (await database()).put('active', active);
  },
  async clearActive(userId: string) {
    await (await database()).delete('active', userId);
  },
  /** Written before anything is sent: the request survives the network, a reload and the battery. */
  async enqueue(request: QueuedRequest) {
    await (await database()).add('requests', request);
  },
  /** The user's requests in the order they were made. */
  async queued(userId: string) {
    const all = await (await database()).getAllFromIndex('requests', 'byUser', userId);
    return all.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  },
  async remove(seq: number) {
    await (await database()).delete('requests', seq);
  },
  async put(request: QueuedRequest) {
    await (await database()).put('requests', request);
  },
};
