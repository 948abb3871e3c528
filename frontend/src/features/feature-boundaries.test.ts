import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every source file under src/features, by path from the project root (/src/features/<name>/...).
const sources = import.meta.glob<string>('/src/features/*/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FEATURE = /^\/src\/features\/([^/]+)\//;

/** The project path a specifier points at, or null for a package. */
function target(specifier: string, importer: string): string | null {
  if (specifier.startsWith('@/')) return `/src/${specifier.slice(2)}`;
  if (specifier.startsWith('.')) return new URL(specifier, `file://${importer}`).pathname;
  return null;
}

function featureOf(path: string): string | null {
  return FEATURE.exec(path)?.[1] ?? null;
}

/** Imports of one feature's files that reach into another feature: "importer -> specifier". */
function crossFeatureImports(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([path, source]) => {
    const feature = featureOf(path);
    return ts
      .preProcessFile(source, true, true)
      .importedFiles.map(({ fileName }) => fileName)
      .filter((specifier) => {
        const resolved = target(specifier, path);
        const other = resolved && featureOf(`${resolved}/`);
        return other !== null && other !== undefined && other !== feature;
      })
      .map((specifier) => `${path} -> ${specifier}`);
  });
}

describe('feature boundaries', () => {
  it('finds the feature sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('no feature imports another: routes in src/app compose them, shared code lives in components or lib', () => {
    expect(crossFeatureImports(sources)).toEqual([]);
  });

  it('sees static, re-exported, dynamic and relative imports into another feature', () => {
    const offending = {
      '/src/features/a/components/x.tsx': [
        "import { B } from '@/features/b/components/b';",
        "export { C } from '../../c/api/get-c';",
        "const lazy = () => import('@/features/d');",
        "import type { Own } from '@/features/a/api/get-a';",
        "import { own } from '../utils/own';",
        "import { format } from '@/lib/format';",
        "import { useQuery } from '@tanstack/react-query';",
      ].join('\n'),
    };
    expect(crossFeatureImports(offending)).toEqual([
      '/src/features/a/components/x.tsx -> @/features/b/components/b',
      '/src/features/a/components/x.tsx -> ../../c/api/get-c',
      '/src/features/a/components/x.tsx -> @/features/d',
    ]);
  });
});
