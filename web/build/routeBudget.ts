import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** A page whose first load is measured: the lazy modules it waits for before it shows. */
export interface BudgetedRoute {
  name: string;
  /**
   * Paths from the web folder of the lazily loaded modules the page needs at first paint (the
   * signed-in frame, then the page), each with what it imports; the entry's own closure always counts.
   */
  modules: string[];
  /** Gzipped bytes the page may load; without one the figure is printed only. */
  budget?: number;
}

interface Chunk {
  modules?: Record<string, { renderedLength: number }>;
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
}

/** The chunk and every chunk it imports statically: what the browser must fetch before the page runs. */
function closure(start: Chunk, chunks: Map<string, Chunk>): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = chunks.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

export interface RouteWeight {
  route: string;
  budget: number | null;
  chunks: number;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * Prints, for each budgeted page, the JavaScript a first visit to it loads (the entry's static closure
 * plus the page's lazy chunks and their closures), compressed as it travels, and fails the build when a
 * page goes over its budget: the login page and the workbench must stay light on a street office's
 * line. Writes the figures to route-budget.json beside the build for anyone who wants them later.
 */
export function routeBudget(routes: BudgetedRoute[]): Plugin {
  let webRoot = '';
  return {
    name: 'needle-route-budget',
    apply: 'build',
    configResolved(config) {
      webRoot = config.root;
    },
    async writeBundle(options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      }
      const entry = [...chunks.values()].find((c) => c.isEntry);
      // The service worker is built apart, as its own entry with no pages in it.
      if (!entry || ![...chunks.values()].some((c) => c.facadeModuleId?.endsWith('.tsx'))) return;
      const gzipped = new Map<string, number>();
      const gzipOf = (chunk: Chunk) => {
        const known = gzipped.get(chunk.fileName);
        if (known !== undefined) return known;
        const size = gzipSync(chunk.code, { level: 9 }).length;
        gzipped.set(chunk.fileName, size);
        return size;
      };
      const weights: RouteWeight[] = routes.map(({ name, modules, budget }) => {
        const loaded = new Map(closure(entry, chunks).map((c) => [c.fileName, c]));
        for (const module of modules) {
          const page = path.join(webRoot, module);
          const chunk = [...chunks.values()].find((c) => c.facadeModuleId === page);
          // A module that is not a chunk of its own was bundled into another: measuring without it
          // would understate the page, so the build says so.
          if (!chunk) throw new Error(`route budget: no chunk is built for ${module}`);
          for (const c of closure(chunk, chunks)) loaded.set(c.fileName, c);
        }
        const all = [...loaded.values()];
        if (process.env.NEEDLE_BUDGET_DEBUG) {
          for (const c of all.sort((a, b) => gzipOf(b) - gzipOf(a)).slice(0, 12)) {
            console.log(`    ${name}: ${c.fileName} ${(gzipOf(c) / 1024).toFixed(1)} KB`);
            const modules = Object.entries(c.modules ?? {}).sort(
              (a, b) => b[1].renderedLength - a[1].renderedLength,
            );
            for (const [id, m] of modules.slice(0, 20)) {
              console.log(
                `      ${(m.renderedLength / 1024).toFixed(1)} KB raw  ${id.replace(/.*node_modules\//, '')}`,
              );
            }
          }
        }
        return {
          route: name,
          budget: budget ?? null,
          chunks: all.length,
          rawBytes: all.reduce((sum, c) => sum + Buffer.byteLength(c.code), 0),
          gzipBytes: all.reduce((sum, c) => sum + gzipOf(c), 0),
        };
      });
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log('\nFirst-load JavaScript per page, gzipped:');
      for (const w of weights) {
        const limit = w.budget === null ? '' : `  budget ${kb(w.budget)}`;
        console.log(
          `  ${w.route.padEnd(12)} ${kb(w.gzipBytes).padStart(10)}  (${kb(w.rawBytes)} raw, ${w.chunks} chunks)${limit}`,
        );
      }
      await writeFile(
        path.join(options.dir ?? 'dist', 'route-budget.json'),
        `${JSON.stringify({ routes: weights }, null, 2)}\n`,
      );
      const over = weights.filter((w) => w.budget !== null && w.gzipBytes > w.budget);
      if (over.length > 0) {
        throw new Error(`route budget: ${over.map((w) => `${w.route} loads ${kb(w.gzipBytes)}`).join(', ')}`);
      }
    },
  };
}
