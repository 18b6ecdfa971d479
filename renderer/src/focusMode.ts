/**
 * Bootstrap Italia draws a strong focus ring on every focused element unless it carries
 * data-focus-mouse="true", which its own JS (not used here) sets when focus comes from the mouse.
 * This does the same: rings for keyboard users, none after a click.
 */
export function trackFocusSource(): void {
  let fromMouse = false;
  document.addEventListener('mousedown', () => (fromMouse = true), true);
  document.addEventListener('keydown', () => (fromMouse = false), true);
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement) event.target.setAttribute('data-focus-mouse', String(fromMouse));
  });
  document.addEventListener('focusout', (event) => {
    if (event.target instanceof HTMLElement) event.target.removeAttribute('data-focus-mouse');
  });
}
