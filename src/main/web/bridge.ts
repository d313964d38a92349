/**
 * The script browser mode injects before the renderer: it defines `window.xinan` over fetch,
 * so the renderer is the same code in Electron and in a browser. The per-run token is read
 * from a meta tag of the page (which other sites cannot read), never from this script.
 */
export const BRIDGE_SCRIPT = `(() => {
  'use strict';
  const meta = document.querySelector('meta[name="xinan-token"]');
  const token = meta ? meta.getAttribute('content') : '';
  if (meta) meta.remove();
  const lost = { ok: false, error: { code: 'INTERNAL', messageKey: 'errors.connection' } };
  async function call(channel, input) {
    try {
      const response = await fetch('/rpc/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-XinAn-Token': token },
        body: JSON.stringify({ input: input === undefined ? {} : input }),
        cache: 'no-store',
        credentials: 'omit'
      });
      return await response.json();
    } catch (error) {
      return lost;
    }
  }
  Object.defineProperty(window, 'xinan', { value: Object.freeze({ call }), writable: false, configurable: false });
})();
`
