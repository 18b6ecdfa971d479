import type { Plugin } from 'vite';

/**
 * What the first screen needs, asked for as the page is parsed rather than once the main bundle runs:
 * - `boot`, built as a chunk of its own and loaded as the page's first script (Vite would merge a second
 *   <script type="module"> of index.html into the main entry, which is what this script must not wait for);
 * - the web fonts whose file names match `fonts`, preloaded: otherwise the page is laid out in a fallback font and
 *   laid out again when each one arrives.
 */
export function firstScreen({ boot, fonts }: { boot: string; fonts: RegExp }): Plugin {
  return {
    name: 'first-screen',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', boot } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const outputs = Object.values(ctx.bundle ?? {});
        const chunk = outputs.find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        const first = html.indexOf('<script');
        if (!chunk || first < 0) throw new Error(`first-screen: no chunk built for ${boot}, or no script to put it before`);
        const preloads = outputs
          .filter((o) => o.type === 'asset' && fonts.test(o.fileName))
          .map((font) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${font.fileName}">\n    `);
        // A renamed font file would silently end the preloads: the build fails instead.
        if (preloads.length === 0) throw new Error(`first-screen: no built font matches ${fonts}`);
        // Just before the main bundle's tag: after the Content-Security-Policy, which covers only what follows it.
        const tags = `${preloads.join('')}<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    `;
        return html.slice(0, first) + tags + html.slice(first);
      },
    },
  };
}
