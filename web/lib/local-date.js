// Today's date on this device, as 'YYYY-MM-DD' (not UTC: late evening is still today).

export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
