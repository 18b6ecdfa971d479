/**
 * Offline validation of electron-builder.yml.
 *
 * The network is closed here, so a real `electron-builder` run (which downloads
 * Electron and NSIS) is impossible. Instead the config is checked with
 * electron-builder's OWN code paths:
 *  - parsed with the js-yaml that app-builder-lib itself uses for *.yml configs;
 *  - validated with app-builder-lib's `validateConfiguration` (ajv against its
 *    bundled scheme.json — the same call the packager makes before building);
 *  - run through `Packager#validateConfig` (config loading + package.json
 *    metadata checks + schema validation), i.e. the pre-build step of the CLI;
 *  - file patterns evaluated with app-builder-lib's FileMatcher, and the NSIS
 *    language list with its LangConfigurator / NSIS script generator.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import type { Configuration } from 'app-builder-lib';

type ConfigModule = typeof import('app-builder-lib/out/util/config/config');
type FileMatcherModule = typeof import('app-builder-lib/out/fileMatcher');
type NsisLangModule = typeof import('app-builder-lib/out/targets/nsis/nsisLang');
type NsisScriptGeneratorModule = typeof import('app-builder-lib/out/targets/nsis/nsisScriptGenerator');
type LangsModule = typeof import('app-builder-lib/out/util/langs');
type AppBuilderLibModule = typeof import('app-builder-lib');
type BuilderUtilModule = typeof import('builder-util');
type FilterStats = Parameters<ReturnType<import('app-builder-lib/out/fileMatcher').FileMatcher['createFilter']>>[1];

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const configPath = path.join(projectRoot, 'electron-builder.yml');

// Resolve everything from the project root (CommonJS packages, loaded via require).
const requireFromRoot = createRequire(path.join(projectRoot, 'package.json'));
const { validateConfiguration } = requireFromRoot('app-builder-lib/out/util/config/config') as ConfigModule;
const { getFileMatchers } = requireFromRoot('app-builder-lib/out/fileMatcher') as FileMatcherModule;
const { LangConfigurator, createAddLangsMacro } = requireFromRoot(
  'app-builder-lib/out/targets/nsis/nsisLang',
) as NsisLangModule;
const { NsisScriptGenerator } = requireFromRoot(
  'app-builder-lib/out/targets/nsis/nsisScriptGenerator',
) as NsisScriptGeneratorModule;
const { lcid } = requireFromRoot('app-builder-lib/out/util/langs') as LangsModule;
const { Packager } = requireFromRoot('app-builder-lib') as AppBuilderLibModule;
const { DebugLogger } = requireFromRoot('builder-util') as BuilderUtilModule;

// The exact YAML parser electron-builder uses for *.yml configs (resolved from
// app-builder-lib's own location, so it is the same copy even if hoisting changes).
const requireFromAppBuilderLib = createRequire(requireFromRoot.resolve('app-builder-lib/package.json'));
const yaml = requireFromAppBuilderLib('js-yaml') as { load(source: string): unknown };

function loadConfig(): Configuration {
  const parsed = yaml.load(readFileSync(configPath, 'utf8'));
  expect(parsed).toBeTypeOf('object');
  return parsed as Configuration;
}

/** ajv runs with coerceTypes (it mutates its input), so always validate a copy. */
function validate(config: unknown): Promise<void> {
  return validateConfiguration(structuredClone(config) as Configuration, new DebugLogger(false));
}

const fileStats = { isDirectory: () => false } as unknown as FilterStats;

function fileFilter(config: Configuration, name: 'files' | 'asarUnpack', platformOptions: object = {}) {
  const matchers = getFileMatchers(config, name, path.join(projectRoot, 'release', 'app'), {
    macroExpander: (pattern) => pattern,
    customBuildOptions: platformOptions,
    globalOutDir: path.join(projectRoot, 'release'),
    defaultSrc: projectRoot,
  });
  expect(matchers, `${name} matchers`).not.toBeNull();
  const filter = matchers![0]!.createFilter();
  return (relativePath: string): boolean => filter(path.join(projectRoot, relativePath), fileStats);
}

describe('electron-builder.yml', () => {
  const config = loadConfig();

  it('is accepted by app-builder-lib validateConfiguration (scheme.json)', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('passes the packager pre-build validation (config load + package.json metadata + schema)', async () => {
    const packager = new Packager({ projectDir: projectRoot, config: configPath });
    await expect(packager.validateConfig()).resolves.toBeUndefined();
    expect(packager.config.appId).toBe('it.ambitolagonegresepollino.conferenza');
    expect(packager.config.productName).toBe('Conferenza dei Sindaci');
  });

  it('has the expected identity and output directory', () => {
    expect(config.appId).toBe('it.ambitolagonegresepollino.conferenza');
    expect(config.productName).toBe('Conferenza dei Sindaci');
    expect(config.copyright).toMatch(/Lagonegrese Pollino/);
    expect(config.directories?.output).toBe('release');
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).not.toBe(false);
  });

  it('packages the built app and runtime assets but not sources, tests or source maps', () => {
    const included = fileFilter(config, 'files');
    for (const file of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js',
      'assets/fonts/TitilliumWeb-Regular.ttf',
      'assets/data/comuni.csv',
    ]) {
      expect(included(file), file).toBe(true);
    }
    for (const file of [
      'main/index.ts',
      'preload/index.ts',
      'renderer/App.tsx',
      'shared/schema.ts',
      'tests/unit/electron-builder-config.test.ts',
      'dist/renderer/assets/index-abc123.js.map',
      'dist/electron/main.cjs.map',
      'tsconfig.json',
      'vitest.config.ts',
    ]) {
      expect(included(file), file).toBe(false);
    }
  });

  it('unpacks the better-sqlite3 native addon from app.asar (and only native files)', () => {
    const unpacked = fileFilter(config, 'asarUnpack');
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/lib/index.js')).toBe(false);
    expect(unpacked('dist/electron/main.cjs')).toBe(false);
  });

  it('builds an assisted, per-machine, Italian NSIS installer for Windows x64 that keeps user data', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    const nsis = config.nsis!;
    expect(nsis.oneClick).toBe(false);
    expect(nsis.perMachine).toBe(true);
    expect(nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(nsis.deleteAppDataOnUninstall).toBe(false);
    expect(nsis.createDesktopShortcut).toBe(true);
    expect(nsis.createStartMenuShortcut).toBe(true);
    // `language` is the VERSIONINFO LCID: must be a string (ajv would silently coerce a number)
    expect(nsis.language).toBe(String(lcid.it_IT));

    const langs = new LangConfigurator(nsis);
    expect(langs.langs).toEqual(['it_IT']);
    const generator = new NsisScriptGenerator();
    createAddLangsMacro(generator, langs);
    const script = generator.build();
    expect(script).toContain('!insertmacro MUI_LANGUAGE "Italian"');
    expect(script).not.toContain('"English"');
  });

  it('builds AppImage and deb for Linux with Office category and deb metadata', () => {
    const linux = config.linux!;
    const targets = (Array.isArray(linux.target) ? linux.target : [linux.target]).map((t) =>
      typeof t === 'string' ? t : t?.target,
    );
    expect(targets).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(linux.category).toBe('Office');
    // deb refuses to build without "Name <email>" maintainer and a homepage
    expect(config.deb?.maintainer ?? linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.deb?.description ?? linux.description).toBeTruthy();
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//);
  });

  it('flips the release Electron fuses', () => {
    const fuses = config.electronFuses!;
    expect(fuses).toBeTruthy();
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
    expect(fuses.enableCookieEncryption).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    // kept ON while the renderer is loaded with loadFile() from file:// inside app.asar
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(true);
  });

  // Note: for an unknown key inside an `X | null` property app-builder-lib's
  // error formatter collapses the ajv errors to "configuration.X should be one of
  // these: null", so those cases are matched on the path only.
  describe('the same validator rejects broken copies', () => {
    it('rejects a non-boolean nsis.oneClick', async () => {
      const broken = structuredClone(config) as unknown as { nsis: Record<string, unknown> };
      broken.nsis.oneClick = 'maybe';
      await expect(validate(broken)).rejects.toThrow(/configuration\.nsis\.oneClick should be a boolean/);
    });

    it('rejects an unknown nsis key', async () => {
      const broken = structuredClone(config) as unknown as { nsis: Record<string, unknown> };
      broken.nsis.oneClik = false;
      await expect(validate(broken)).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.nsis\b/);
    });

    it('rejects a misspelled fuse', async () => {
      const broken = structuredClone(config) as unknown as { electronFuses: Record<string, unknown> };
      broken.electronFuses.runAsnode = false;
      await expect(validate(broken)).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.electronFuses\b/);
    });
  });
});
