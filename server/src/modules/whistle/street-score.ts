/** A department's monthly marks for a street (双向考核, the departments' side), each 1 (poor) to 5 (excellent). */
export interface StreetMarks {
  coordination: number;
  support: number;
}

/** The street's score out of 100: the mean of the two marks times 20, so all fives make 100 and all ones 20. */
export function scoreStreet(marks: StreetMarks): number {
  assertMark('coordination', marks.coordination);
  assertMark('support', marks.support);
  return ((marks.coordination + marks.support) / 2) * 20;
}

function assertMark(name: string, mark: number): void {
  if (!Number.isInteger(mark) || mark < 1 || mark > 5) {
    throw new RangeError(`${name} must be a whole mark 1–5, got ${mark}`);
  }
}
