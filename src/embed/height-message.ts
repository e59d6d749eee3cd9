/** The message an embed page posts to its host page whenever its height changes: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'ml-transition-kit:height';

/**
 * The message host.js posts to each kit frame when it starts, `{ type }` and nothing else: the
 * frame answers with its height, to the asking window only. Frames that rendered before host.js
 * ran (a late or async script) are sized this way too.
 */
export const HEIGHT_REQUEST = 'ml-transition-kit:height-request';
