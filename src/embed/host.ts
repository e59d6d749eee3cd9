/**
 * The host-page snippet for the embed pages: sizes every embedded iframe to its content. Each
 * message is matched to the iframe that sent it, so several embeds on one page work.
 */
// The message type matches HEIGHT_MESSAGE in embed-page.ts; the two scripts load on different pages.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'ml-transition-kit:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.min(Math.max(data.height, 100), 20000));
  }
});
