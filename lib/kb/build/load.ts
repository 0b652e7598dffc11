import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { IndexError, type Problem } from './problems';
import { entrySchema, exclusionSchema, figureSchema, sourceSchema } from '../schema';
import type { Entry, Exclusion, Figure, Source } from '../schema';

/** A validated item together with the file it came from, for error messages. */
export interface Located<T> {
  file: string;
  item: T;
}

export interface DataSet {
  sources: Located<Source>[];
  entries: Located<Entry>[];
  figures: Located<Figure>[];
  exclusions: Located<Exclusion>[];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function label(kind: string, raw: unknown, position: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  const text = raw && typeof raw === 'object' && 'text' in raw ? (raw as { text: unknown }).text : undefined;
  if (typeof id === 'string' && id) return `${kind} "${id}"`;
  if (typeof text === 'string' && text) return `${kind} "${text}"`;
  return `${kind} #${position + 1}`;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

/** Reads every data file under `root`, validating each item with its zod schema. */
export function loadData(root = 'data'): DataSet {
  const problems: Problem[] = [];
  const data: DataSet = { sources: [], entries: [], figures: [], exclusions: [] };
  const base = join(root, '..');

  function read(path: string): unknown {
    const file = relative(base, path);
    try {
      return parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
      problems.push({ file, message: `not valid YAML${where}: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
  }

  function take<T>(path: string, kind: string, raw: unknown, position: number, schema: z.ZodType<T>, into: Located<T>[]) {
    const file = relative(base, path);
    const parsed = schema.safeParse(raw);
    if (parsed.success) into.push({ file, item: parsed.data });
    else problems.push({ file, item: label(kind, raw, position), message: describeIssues(parsed.error) });
  }

  function readList<T>(path: string, kind: string, schema: z.ZodType<T>, into: Located<T>[]) {
    const raw = read(path);
    if (raw === undefined || raw === null) return;
    if (!Array.isArray(raw)) {
      problems.push({ file: relative(base, path), message: `must be a YAML list of ${kind} items` });
      return;
    }
    raw.forEach((item, position) => take(path, kind, item, position, schema, into));
  }

  for (const path of yamlFiles(join(root, 'sources'))) {
    const raw = read(path);
    if (raw !== undefined) take(path, 'source', raw, 0, sourceSchema, data.sources);
  }
  for (const path of yamlFiles(join(root, 'entries'))) readList(path, 'entry', entrySchema, data.entries);
  for (const path of yamlFiles(join(root, 'figures'))) readList(path, 'figure', figureSchema, data.figures);
  const exclusions = join(root, 'exclusions.yaml');
  if (existsSync(exclusions)) readList(exclusions, 'exclusion', exclusionSchema, data.exclusions);
  for (const path of yamlFiles(join(root, 'exclusions'))) readList(path, 'exclusion', exclusionSchema, data.exclusions);

  if (problems.length > 0) throw new IndexError(problems);
  return data;
}
