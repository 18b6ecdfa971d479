import { app, session, shell, type WebContents } from 'electron';

/** Links the app may hand to the system browser: none are needed today, so nothing is allowed. */
const EXTERNAL_ALLOW_LIST: readonly string[] = [];

/** The one door to the outside: opens an allow-listed https URL in the system browser. */
export function safeOpenExternal(url: string): void {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:' && EXTERNAL_ALLOW_LIST.includes(parsed.origin)) void shell.openExternal(parsed.href);
}

/** Denies navigation, new windows, webviews and every permission, for every web contents the app ever creates. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      safeOpenExternal(url);
      return { action: 'deny' };
    });
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
