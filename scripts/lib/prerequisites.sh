# Shared by scripts/run and scripts/test: find the tools Leadline builds with, install what
# Debian can provide when we are root, or say exactly what is missing.

apt_ready=""
apt_install() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  if [[ -z "$apt_ready" ]]; then
    apt-get update -qq >/dev/null && apt_ready=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

die() {
  echo "$*" >&2
  exit 1
}

java_major() {
  java -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1
}

require_java_maven_node() {
  if ! command -v java >/dev/null 2>&1 || [[ "$(java_major)" -lt 17 ]]; then
    apt_install openjdk-17-jdk-headless || die "Java 17 or newer is missing: install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)."
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    apt_install maven || die "Maven is missing: install Maven 3.8+ (Debian: apt-get install maven)."
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    die "Node.js 20 and npm are missing: install Node.js 20 with npm 10+ (https://nodejs.org or your distribution)."
  fi
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [[ "$node_major" -lt 20 ]]; then
    die "Node.js $node_major found; the dashboard needs Node.js 20 or newer."
  fi
}

require_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "prerequisites: installing Debian's chromium for the end-to-end tests"
    apt_install chromium || die "Chromium is missing at /usr/bin/chromium: install it (Debian: apt-get install chromium)."
  fi
}

require_pdftoppm() {
  if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "prerequisites: installing poppler-utils (pdftoppm draws a sample dossier page as PNG)"
    apt_install poppler-utils || die "pdftoppm is missing: install it (Debian: apt-get install poppler-utils)."
  fi
}

require_caddy() {
  if ! command -v caddy >/dev/null 2>&1; then
    echo "prerequisites: installing caddy to validate the Caddyfile"
    apt_install caddy || die "Caddy is missing: install it (Debian: apt-get install caddy)."
  fi
}
