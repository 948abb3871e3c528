/**
 * Build-time settings. The app is served by the Leadline API itself, so every default
 * points at the same origin.
 */
export const env = {
  API_BASE_URL: import.meta.env.VITE_API_BASE_URL ?? '',
} as const;
