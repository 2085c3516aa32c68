import type { OutboxRefusal, OutboxState } from './outboxItem';

/** What happened to one outbox item, told to every page of the app and to the service worker. */
export type OutboxEvent =
  | { key: string; userId: string; state: OutboxState; error?: OutboxRefusal }
  /** The server has it: the item is gone from the outbox, the case exists. */
  | { key: string; userId: string; state: 'sent'; caseId: string; code: string }
  /** Discarded by the user, or replaced by a fixed copy. */
  | { key: string; userId: string; state: 'removed' };

type Listener = (event: OutboxEvent) => void;

const channelName = 'needle-outbox';
const local = new Set<Listener>();
// A BroadcastChannel does not hear its own messages: listeners in this same page are called directly.
let channel: BroadcastChannel | null = null;

function sharedChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = ({ data }: MessageEvent<OutboxEvent>) => {
      for (const listener of local) listener(data);
    };
  }
  return channel;
}

export function announce(event: OutboxEvent): void {
  sharedChannel()?.postMessage(event);
  for (const listener of local) listener(event);
}

export function onOutboxEvent(listener: Listener): () => void {
  sharedChannel();
  local.add(listener);
  return () => local.delete(listener);
}
