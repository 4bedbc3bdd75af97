/** Hands a file to the browser's download: a Blob object URL on a temporary link (no request leaves the page). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading yet (FileSaver.js waits 40 s too).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** Saves JSON text (a backup, a scenario file) as a file through the browser's download. */
export function saveJson(name: string, text: string): void {
  saveFile(new Blob([text], { type: 'application/json' }), name);
}
