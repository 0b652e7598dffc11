/** One thing wrong with the data, located so a person can go straight to it. */
export interface Problem {
  file: string;
  /** "entry \"nansha\"", "figure \"hengqin-zone-area\"", "passage \"s2-p1\""… */
  item?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.item ? `${p.file}: ${p.item}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when the data cannot be compiled; its message lists every problem found. */
export class IndexError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`The index has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`);
    this.name = 'IndexError';
    this.problems = problems;
  }
}
