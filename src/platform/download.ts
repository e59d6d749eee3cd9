/**
 * Saves text as a file the reader downloads. A blob URL keeps it working under a strict
 * Content-Security-Policy (no data: URLs, no server round trip).
 */
export function downloadText(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url));
}
