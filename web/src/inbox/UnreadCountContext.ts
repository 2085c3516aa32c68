import { createContext, useContext } from 'react';

export interface UnreadCount {
  count: number;
  /** Ask again now, e.g. after the inbox marked notices read. */
  refresh(): void;
}

export const UnreadCountContext = createContext<UnreadCount>({ count: 0, refresh: () => {} });

export const useUnreadCount = (): UnreadCount => useContext(UnreadCountContext);
