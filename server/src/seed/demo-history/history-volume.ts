/**
 * The history a demo installation starts with: three months, from a fixed seed. The volume aims at about
 * ten seconds of the embedded database's time through the live services: each step costs 13–19 ms of CPU
 * there on two cores busy with other work, most of it in the ten-odd statements a case action runs (see
 * the README). A one-step case (a patrol find handled on the spot, a question answered on the call) is
 * the cheapest way to a fuller map; a case that goes the whole loop takes eight steps or more.
 */
export const DEMO_HISTORY = { seed: 20_261_202, days: 90, cases: 110 } as const;

/** The steps the demo history may take at most: past it, the first start grows past its ten seconds. */
export const DEMO_HISTORY_STEP_BUDGET = 800;
