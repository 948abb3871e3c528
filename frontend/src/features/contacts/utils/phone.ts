/**
 * Phone numbers for reading. The API stores E.164 (+4930123456) where it knows the number;
 * this groups it the way people of its country write it: +49 30 123456, +44 20 7123 4567,
 * +1 415 555 0123, +33 1 23 45 67 89. The groupings are rules of thumb per country (area
 * codes by their leading digits), not a full numbering plan: a number they do not fit keeps
 * its country code apart and the rest in threes and fours. Digits are never added or lost,
 * and anything that is not E.164 is shown as stored.
 */
export function formatPhone(phone: string): string {
  const match = E164.exec(phone);
  if (!match) {
    return phone;
  }
  const [, country, national] = match as unknown as [string, string, string];
  const groups = COUNTRY_GROUPS[country]?.(national) ?? fallbackGroups(national);
  return `+${country} ${groups.filter(Boolean).join(' ')}`;
}

/** A country calling code (one, two or three digits, by ITU's assignment) and the national number. */
const E164 = /^\+(1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d{4,14})$/;

type Grouping = (national: string) => string[] | undefined;

/** Cuts `digits` into groups of the given lengths; the last group takes what is left. */
function cut(digits: string, ...lengths: number[]): string[] {
  const groups: string[] = [];
  let at = 0;
  for (const length of lengths) {
    if (at >= digits.length) {
      break;
    }
    groups.push(digits.slice(at, at + length));
    at += length;
  }
  if (at < digits.length) {
    groups[groups.length - 1] += digits.slice(at);
  }
  return groups;
}

/** Pairs after a lead of `lead` digits: 1 23 45 67 89. */
function pairs(digits: string, lead: number): string[] {
  const rest = digits.slice(lead).match(/\d{1,2}/g) ?? [];
  const groups = [digits.slice(0, lead), ...rest];
  // A lone last digit joins the pair before it.
  if (groups.length > 2 && groups.at(-1)!.length === 1) {
    const last = groups.pop()!;
    groups[groups.length - 1] += last;
  }
  return groups;
}

/** An area code, then the subscriber number split into a group of three and the rest. */
function areaThenSubscriber(national: string, areaLength: number): string[] {
  const area = national.slice(0, areaLength);
  const subscriber = national.slice(areaLength);
  return subscriber.length > 5 ? [area, subscriber.slice(0, 3), subscriber.slice(3)] : [area, subscriber];
}

/** "+49 30 1234567" with the area code found by its leading digits (Germany, Austria). */
function germanStyle(areaLength: (national: string) => number): Grouping {
  return (national) => {
    const length = areaLength(national);
    return [national.slice(0, length), national.slice(length)];
  };
}

const COUNTRY_GROUPS: Readonly<Record<string, Grouping>> = {
  // North America: 415 555 0123.
  '1': (n) => (n.length === 10 ? cut(n, 3, 3, 4) : undefined),
  // United Kingdom: London and other 02x areas 20 7123 4567, mobiles 7911 123456,
  // cities with 1x1 codes 161 496 0000, other areas 1632 960000, 0800 and 03 numbers 800 123 4567.
  '44': (n) => {
    if (n.length !== 10 && n.length !== 9) {
      return undefined;
    }
    if (n.startsWith('2')) {
      return cut(n, 2, 4, 4);
    }
    if (n.startsWith('7')) {
      return cut(n, 4, 6);
    }
    if (/^1(1\d|\d1)/.test(n) || /^[3589]/.test(n)) {
      return cut(n, 3, 3, 4);
    }
    return cut(n, 4, 6);
  },
  // Germany: Berlin 30, Hamburg 40, Frankfurt 69, Munich 89; x1 cities 211, 221, 711...; mobiles 151, 160, 170...;
  // other areas four digits.
  '49': germanStyle((n) => (/^(30|40|69|89)/.test(n) ? 2 : /^(1[5-7]|[2-9]\d1)/.test(n) ? 3 : 4)),
  // Austria: Vienna 1, mobiles 664, the larger cities 316, 512, 662, 732, 463; other areas four digits.
  '43': germanStyle((n) => (n.startsWith('1') ? 1 : /^(6[5-9]\d|316|512|662|732|463)/.test(n) ? 3 : 4)),
  // Switzerland: 44 668 18 00, mobiles 79 123 45 67.
  '41': (n) => (n.length === 9 ? cut(n, 2, 3, 2, 2) : undefined),
  // France: 1 23 45 67 89.
  '33': (n) => (n.length === 9 ? pairs(n, 1) : undefined),
  // Netherlands: mobiles 6 12345678, Amsterdam and other two-digit areas 20 123 4567, others 123 456 789.
  '31': (n) => {
    if (n.length !== 9) {
      return undefined;
    }
    if (n.startsWith('6')) {
      return cut(n, 1, 8);
    }
    return /^(10|13|15|2[0346]|3[0368]|4[0356]|5[0358]|7\d)/.test(n) ? cut(n, 2, 3, 4) : cut(n, 3, 3, 3);
  },
  // Belgium: Brussels 2 123 45 67, mobiles 470 12 34 56, other areas 50 12 34 56.
  '32': (n) => {
    if (n.length === 9 && n.startsWith('4')) {
      return cut(n, 3, 2, 2, 2);
    }
    if (n.length === 8) {
      return /^[2349]/.test(n) ? cut(n, 1, 3, 2, 2) : cut(n, 2, 2, 2, 2);
    }
    return undefined;
  },
  // Luxembourg: 621 123 456 and six-digit fixed lines 12 34 56.
  '352': (n) => (n.length === 9 ? cut(n, 3, 3, 3) : n.length === 6 ? cut(n, 2, 2, 2) : undefined),
  // Spain and Poland: 612 345 678.
  '34': (n) => (n.length === 9 ? cut(n, 3, 3, 3) : undefined),
  '48': (n) => (n.length === 9 ? cut(n, 3, 3, 3) : undefined),
  // Italy: mobiles 312 345 6789, Milan and Rome 02 1234 5678, other areas 011 123 4567.
  '39': (n) => {
    if (n.startsWith('3')) {
      return cut(n, 3, 3, 4);
    }
    if (n.startsWith('0')) {
      return /^0[26]/.test(n) ? cut(n, 2, 4, 4) : cut(n, 3, 3, 4);
    }
    return undefined;
  },
  // Denmark 12 34 56 78, Norway 412 34 567.
  '45': (n) => (n.length === 8 ? cut(n, 2, 2, 2, 2) : undefined),
  '47': (n) => (n.length === 8 ? cut(n, 3, 2, 3) : undefined),
  // Sweden: mobiles 70 123 4567, Stockholm 8 123 4567.
  '46': (n) => (n.startsWith('8') ? areaThenSubscriber(n, 1) : areaThenSubscriber(n, 2)),
  // Ireland: mobiles 87 123 4567, Dublin 1 234 5678.
  '353': (n) => (n.startsWith('1') ? cut(n, 1, 3, 4) : areaThenSubscriber(n, 2)),
  // Australia: mobiles 412 345 678, landlines 2 1234 5678.
  '61': (n) => (n.length === 9 ? (n.startsWith('4') ? cut(n, 3, 3, 3) : cut(n, 1, 4, 4)) : undefined),
};

/** Threes and fours from the end: 12 345 6789. */
function fallbackGroups(national: string): string[] {
  return national.length > 7
    ? [national.slice(0, national.length - 7), national.slice(-7, -4), national.slice(-4)]
    : [national.slice(0, -4), national.slice(-4)];
}
