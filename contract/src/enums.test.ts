import { describe, expect, it } from 'vitest';
import * as contract from './index.js';

const isStringList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');

// Every list of strings the contract exports is an enum; each must be labelled, through itself or a wider one.
const exportedEnums = Object.entries(contract).filter(([, value]) => isStringList(value)) as [
  string,
  readonly string[],
][];
const labelled = Object.entries(contract.LABELLED_ENUMS);

describe('the contract names every enum value in every language', () => {
  it('exports the enums it labels', () => {
    expect(exportedEnums.map(([name]) => name)).toEqual(expect.arrayContaining(['CASE_STATUSES', 'ROLES']));
  });

  it.each(exportedEnums)('%s is labelled', (_name, values) => {
    const home = labelled.find(([, e]) => values.every((v) => e.values.includes(v)));
    if (!home) throw new Error('no labelled enum holds all of its values');
    for (const language of contract.LANGUAGES) {
      for (const value of values) {
        const label = (home[1].labels[language] as Record<string, string>)[value];
        expect(label?.trim(), `${language} label of ${value}`).toBeTruthy();
      }
    }
  });

  it.each(labelled)('%s has no label for a value it does not have', (_name, e) => {
    for (const language of contract.LANGUAGES)
      expect(Object.keys(e.labels[language]).sort()).toEqual([...e.values].sort());
  });
});
