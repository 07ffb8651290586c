/**
 * The catalog, loaded from its YAML or, when its files have not changed since, from the compiled copy
 * the cache keeps: reading and checking the YAML is a quarter of a second a build does not need to spend.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Catalog, loadCatalog } from '../catalog/load-catalog.ts';
import type { Problem } from '../problems.ts';

/** The catalog and its problems; `null` without a catalog folder. */
export async function readCatalog(dir: string | undefined, cacheDir: string | null, key: string): Promise<{ catalog: Catalog | null; problems: Problem[] }> {
  if (!dir) return { catalog: null, problems: [] };
  const cached = cacheDir ? path.join(cacheDir, `catalog-${key}.json`) : null;
  if (cached) {
    try {
      const data = JSON.parse(await readFile(cached, 'utf8')) as { catalog: Catalog; problems: Problem[] };
      if (Array.isArray(data.catalog.actors) && Array.isArray(data.problems)) return data;
    } catch {
      // No copy yet, or a damaged one: load the YAML.
    }
  }
  const loaded = await loadCatalog(dir);
  if (cached && cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${cached}.tmp`, JSON.stringify(loaded));
    await rename(`${cached}.tmp`, cached);
  }
  return loaded;
}
