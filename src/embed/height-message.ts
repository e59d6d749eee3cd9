/** The message an embed page posts to its host page whenever its height changes: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'ml-transition-kit:height';
