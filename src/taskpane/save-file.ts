/** Offers a Blob for download with a file name, the way a link with `download` does. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after the click handler returns.
  const revoke = setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // Under Node (tests of the sessions) the pending revoke must not keep the process alive.
  (revoke as { unref?: () => void }).unref?.();
}
