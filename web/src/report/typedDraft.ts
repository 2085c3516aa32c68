import type { ReportDraft } from './reportDraft';

// Per user: on a shared phone the next person must not find someone else's words in the form.
const keyOf = (userId: string) => `needle.reportDraft.${userId}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * What has been typed on the report form but not yet sent, kept as it is typed: a phone that kills the
 * tab, a call coming in or a reload must not cost the reporter their words. Photos join the report in
 * the outbox when 提交 is tapped.
 */
export const typedDraft = {
  read(userId: string): ReportDraft | null {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null');
      return isObject(parsed) ? (parsed as ReportDraft) : null;
    } catch {
      // An unreadable draft (a hand edit, an older format) is no draft.
      return null;
    }
  },
  save(userId: string, { photos: _photos, ...draft }: ReportDraft & { photos?: unknown }): void {
    localStorage.setItem(keyOf(userId), JSON.stringify(draft));
  },
  clear(userId: string): void {
    localStorage.removeItem(keyOf(userId));
  },
};
