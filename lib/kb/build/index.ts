import { fileURLToPath } from 'node:url';
import { compileIndex, type CompileResult } from './compile';
import { loadData } from './load';

/** The project's data folder, wherever the caller runs from. */
export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

/** Loads, validates and compiles the data folder (Node only: it reads files). */
export function buildIndex(root: string = DATA_DIR): CompileResult {
  return compileIndex(loadData(root));
}
