/**
 * An E.164 number grouped for reading: "+49 30 1234567" style spacing is country specific, so
 * only the country code is split off and the rest grouped in threes and fours.
 */
export function formatPhone(phone: string): string {
  const match = /^\+(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d+)$/.exec(phone);
  if (!match) {
    return phone;
  }
  const [, country, rest] = match as unknown as [string, string, string];
  const groups = rest.length > 7 ? [rest.slice(0, rest.length - 7), rest.slice(-7, -4), rest.slice(-4)] : [rest.slice(0, -4), rest.slice(-4)];
  return `+${country} ${groups.filter(Boolean).join(' ')}`;
}
