import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'postcss';

/**
 * Every word of the renderer's sources is a class name it may put on an element; a word right before `${`
 * ("btn-outline-${tone}") is a prefix of the names it may compose.
 */
function classNamesIn(dir: string): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(tsx?|html)$/.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const [word] of text.matchAll(/[\w-]+/g)) names.add(word);
    for (const [, prefix] of text.matchAll(/([\w-]+-)\$\{/g)) prefixes.add(prefix!);
  }
  return { names, prefixes: [...prefixes] };
}

/** The classes a selector requires, leaving out those inside :not(), :is(), :where(), :has() (which may match without them). */
const requiredClasses = (selector: string): string[] =>
  [...selector.replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '').matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\/g, ''));

/**
 * Drops from the stylesheets matching `only` every selector that needs a class no source file can produce, then the
 * rules and at-rules left empty: Bootstrap Italia ships ~600 KB of CSS, the app uses a small part of it. The sources
 * are read at build time, so the purge follows the code with no list to keep up to date.
 */
export function purgeUnusedCss({ sourceDir, only }: { sourceDir: string; only: RegExp }): Plugin {
  return {
    postcssPlugin: 'purge-unused-css',
    Once(root) {
      if (!only.test(root.source?.input.file ?? '')) return;
      const { names, prefixes } = classNamesIn(sourceDir);
      const used = (cls: string) => names.has(cls) || prefixes.some((p) => cls.startsWith(p));
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
        const kept = rule.selectors.filter((s) => requiredClasses(s).every(used));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Innermost first: an @media emptied by the purge may leave its @supports empty too.
      for (let removed = true; removed; ) {
        removed = false;
        root.walkAtRules((at) => {
          if (at.nodes?.length === 0) {
            at.remove();
            removed = true;
          }
        });
      }
    },
  };
}
