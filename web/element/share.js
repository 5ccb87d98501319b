// Moving the checklist's link to another device or person: the system's share sheet where the
// browser has the Web Share API, else the clipboard.

export const canShare = (url) => typeof navigator.share === 'function' && (navigator.canShare?.({ url }) ?? true);

/** Opens the share sheet; resolves to false if the person closed it or sharing failed. */
export async function shareLink({ url, title }) {
  try {
    await navigator.share({ title, url });
    return true;
  } catch {
    return false;
  }
}

/** Copies the link; resolves to false where the clipboard is not available. */
export async function copyLink(url) {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}
