import type { tasksZh } from './tasks.zh-CN';

// The phone's "my tasks" in English; spread into en.ts under `tasks`.
export const tasksEn: typeof tasksZh = {
  title: 'My tasks',
  queueHints: {
    verify: 'Verify public reports on site',
    check: 'Check the result on site, with a photo',
    dispatched: 'Accept, or return with a reason',
    in_progress: 'Report the fix with photos',
    supervision: "Answer the leader's supervision note",
    whistles: 'Acknowledge, report in on site, complete',
  },
  empty: 'Nothing waiting',
  more: '{{count}} in all: see every one',
  callSteps: {
    acknowledge: 'To acknowledge',
    arrive: 'To report in',
    complete: 'To complete',
  },
  reportBy: 'Report in by {{time}}',
  stepDue: 'Due {{time}}',
  overdue: 'Overdue',
  found: {
    title: 'Found a problem',
    hint: 'Pick a category, take a photo, send',
    otherCategory: 'Other category',
    onSpot: 'Fixed on the spot',
    onSpotHint: 'A small problem solved at once: photos before and after, and the case is closed',
  },
  photos: {
    onSite: 'On-site photos',
    onSiteHint: 'Taken on site, at least one',
    onSiteRequired: 'Add at least one photo taken on site',
    after: 'Photos after the fix',
    afterHint: 'The place after the fix, at least one',
  },
  rate: {
    question: 'Are you satisfied with the result?',
  },
  arrive: {
    locating: 'Finding your position…',
    located: 'Located: {{lat}}, {{lng}}',
    relocate: 'Locate again',
    onMap: 'Pick on the map',
  },
};
