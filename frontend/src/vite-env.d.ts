/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the Leadline API. Unset means the origin that served this app. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
