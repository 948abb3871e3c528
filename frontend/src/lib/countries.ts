import { countryName } from '@/lib/format';

/**
 * The countries offered in the filter: the markets contacts usually come from. A link may
 * name any other ISO code; it then shows as a chip like these.
 */
const COMMON_COUNTRIES = [
  'AE', 'AR', 'AT', 'AU', 'BE', 'BG', 'BR', 'CA', 'CH', 'CL', 'CN', 'CO', 'CZ', 'DE', 'DK',
  'EE', 'EG', 'ES', 'FI', 'FR', 'GB', 'GR', 'HK', 'HR', 'HU', 'ID', 'IE', 'IL', 'IN', 'IS',
  'IT', 'JP', 'KE', 'KR', 'LT', 'LU', 'LV', 'MX', 'MY', 'NG', 'NL', 'NO', 'NZ', 'PH', 'PL',
  'PT', 'RO', 'RS', 'SA', 'SE', 'SG', 'SI', 'SK', 'TH', 'TR', 'TW', 'UA', 'US', 'VN', 'ZA',
] as const;

/** The offered countries as code and name, sorted by name in the reader's language. */
export function countryOptions(): { code: string; name: string }[] {
  return COMMON_COUNTRIES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
