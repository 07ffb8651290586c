/**
 * The evaluation labels (docs/labeling.md): what a person read in a post, one YAML file per post,
 * naming the post by file name only.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { FIGURE_KINDS } from '../model/format/data-format.ts';
import { parseYamlFile, validateAt } from '../compiler/catalog/yaml-file.ts';
import { ProblemList, type Problem } from '../compiler/problems.ts';

const names = z.array(z.union([z.string(), z.number()]).transform(String));

/** One label file. */
export const labelSchema = z.strictObject({
  file: z.string().regex(/\.md$/, { error: 'name the post file, ending in .md' }),
  /** Security news (docs/labeling.md); sets labelled before the field existed lack it. */
  relevant: z.boolean().optional(),
  /** ISO 639-1, or `und`. */
  language: z.string().regex(/^(?:[a-z]{2}|und)$/, { error: 'expected an ISO 639-1 code such as en, or und' }).optional(),
  actors: names,
  victim: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO2 code such as GB' })),
  origin: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO2 code such as KP' })),
  regions: names,
  platforms: names,
  malware: names,
  figures: z.array(z.strictObject({ amount: z.number(), currency: z.string().regex(/^[A-Z0-9]{2,6}$/), kind: z.enum(FIGURE_KINDS) })),
  notes: z.string().optional(),
});

/** A label. */
export type Label = z.infer<typeof labelSchema>;

/** Reads every label of a set folder; invalid files are reported and skipped. */
export async function readLabels(dir: string): Promise<{ labels: Label[]; problems: Problem[] }> {
  const labels: Label[] = [];
  const problems: Problem[] = [];
  const files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  for (const name of files) {
    const full = path.join(dir, name);
    const list = new ProblemList(path.relative(process.cwd(), full));
    const file = parseYamlFile(await readFile(full, 'utf8'), list);
    const label = file ? validateAt(labelSchema, file.data, [], file, list) : null;
    if (label) labels.push(label);
    problems.push(...list.items);
  }
  return { labels, problems };
}

/** A relevance-only label (src/eval/labels/relevance/*.yaml): one line per post. */
export const relevanceLabelSchema = z.strictObject({
  file: z.string(),
  relevant: z.boolean(),
  language: z.string(),
  note: z.string().optional(),
});

/** A relevance-only label. */
export type RelevanceLabel = z.infer<typeof relevanceLabelSchema>;

/** Reads a relevance-only label file (a YAML list); invalid entries are reported and skipped. */
export async function readRelevanceLabels(file: string): Promise<{ labels: RelevanceLabel[]; problems: Problem[] }> {
  const list = new ProblemList(path.relative(process.cwd(), file));
  const parsed = parseYamlFile(await readFile(file, 'utf8'), list);
  const labels: RelevanceLabel[] = [];
  if (parsed && Array.isArray(parsed.data)) {
    parsed.data.forEach((value: unknown, index) => {
      const label = validateAt(relevanceLabelSchema, value, [index], parsed, list);
      if (label) labels.push(label);
    });
  }
  return { labels, problems: list.items };
}
