import type { Plugin } from 'vite';

/**
 * Builds `entry` as a chunk of its own and loads it as the page's first script, ahead of the main bundle: Vite would
 * merge a second <script type="module"> of index.html into the main entry, which is what this script must not wait for.
 */
export function bootScript(entry: string): Plugin {
  return {
    name: 'boot-script',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', boot: entry } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        const first = html.indexOf('<script');
        if (!chunk || first < 0) throw new Error(`boot-script: no chunk built for ${entry}, or no script to put it before`);
        // Just before the main bundle's tag: after the Content-Security-Policy, which covers only what follows it.
        return `${html.slice(0, first)}<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${html.slice(first)}`;
      },
    },
  };
}
