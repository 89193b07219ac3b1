#!/usr/bin/env bash
# Kadens environment preparation: the one script that both README commands call.
#
# Source it (". .ci/env.sh") so that the exported variables reach Maven and the app.
# It is idempotent: on a prepared machine a second run takes a few seconds.
#
# It does, in order:
#   1. finds a JDK 25 (JAVA_HOME, else /usr/lib/jvm) or stops, saying what to install;
#   2. provides PostgreSQL with pgvector >= 0.8:
#        - the connection in KADENS_DB_HOST/KADENS_DB_PORT when set (used as given), else
#        - the `db` service of docker-compose.yml when a Docker engine answers, else
#        - this machine's own PostgreSQL (installed, started and given pgvector when missing);
#      with Debian's Swedish hunspell dictionary in PostgreSQL's tsearch_data (Swedish full-text search);
#   3. creates the owner role (migrations), the non-owner application role, the application
#      database, the build database for jOOQ code generation and the test template database;
#   4. installs Debian's chromium and chromium-driver when KADENS_NEED_BROWSER=1.

kadens_say() { printf '\033[1;34m[kadens]\033[0m %s\n' "$*" >&2; }
kadens_fail() { printf '\033[1;31m[kadens]\033[0m %s\n' "$*" >&2; return 1; }

KADENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KADENS_ROOT

# ---------------------------------------------------------------- 1. JDK 25
kadens_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if "$candidate/bin/java" -version 2>&1 | head -1 | grep -Eq 'version "25([."]|$)'; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if ! KADENS_JDK="$(kadens_find_jdk)"; then
  kadens_fail "No JDK 25 found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g. Eclipse Temurin 25, and set JAVA_HOME to it."
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$KADENS_JDK"
# Maven itself still uses sun.misc.Unsafe; allow it quietly on JDK 25.
case " ${MAVEN_OPTS:-} " in
  *sun-misc-unsafe-memory-access*) ;;
  *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
esac
export PATH="$JAVA_HOME/bin:$PATH"
kadens_say "JDK 25: $JAVA_HOME"

if ! command -v mvn >/dev/null 2>&1; then
  kadens_fail "Apache Maven (mvn) is not installed. Install Maven 3.8 or newer."
  return 1 2>/dev/null || exit 1
fi

# ---------------------------------------------------------------- names and passwords
export KADENS_DB_NAME="${KADENS_DB_NAME:-kadens}"
export KADENS_DB_BUILD_NAME="${KADENS_DB_BUILD_NAME:-kadens_build}"
export KADENS_DB_TEST_TEMPLATE="${KADENS_DB_TEST_TEMPLATE:-kadens_test_template}"
export KADENS_DB_OWNER_USER="${KADENS_DB_OWNER_USER:-kadens_owner}"
export KADENS_DB_OWNER_PASSWORD="${KADENS_DB_OWNER_PASSWORD:-kadens_owner}"
export KADENS_DB_APP_USER="${KADENS_DB_APP_USER:-kadens_app}"
export KADENS_DB_APP_PASSWORD="${KADENS_DB_APP_PASSWORD:-kadens_app}"
export KADENS_DB_PORTER_PASSWORD="${KADENS_DB_PORTER_PASSWORD:-kadens_porter}"

# The SQL that creates roles and databases. Run as a superuser; every statement is idempotent.
kadens_prepare_sql() {
  cat <<SQL
SET client_min_messages = warning;
SELECT 'CREATE ROLE $KADENS_DB_OWNER_USER LOGIN CREATEDB PASSWORD ''$KADENS_DB_OWNER_PASSWORD'''
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$KADENS_DB_OWNER_USER') \gexec
SELECT 'CREATE ROLE $KADENS_DB_APP_USER LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ''$KADENS_DB_APP_PASSWORD'''
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$KADENS_DB_APP_USER') \gexec
ALTER ROLE $KADENS_DB_APP_USER NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
-- The tenant porter: reads and writes one whole tenant for the per-tenant export and import, so it
-- bypasses row-level security; it gets SELECT and INSERT only (migration V196); its name is fixed. docs/operations.md.
SELECT 'CREATE ROLE kadens_porter LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ''$KADENS_DB_PORTER_PASSWORD'''
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kadens_porter') \gexec
-- A test run drops its own database at the end, while the application role may still hold
-- connections to it: the owner needs the right to end them (DROP DATABASE ... WITH (FORCE)).
GRANT pg_signal_backend TO $KADENS_DB_OWNER_USER;
SELECT 'CREATE DATABASE $KADENS_DB_NAME OWNER $KADENS_DB_OWNER_USER'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$KADENS_DB_NAME') \gexec
-- The build database is made anew each time, so that the jOOQ code always comes from exactly
-- the migrations in this checkout (an edited or removed migration can never break the build).
DROP DATABASE IF EXISTS $KADENS_DB_BUILD_NAME WITH (FORCE);
CREATE DATABASE $KADENS_DB_BUILD_NAME OWNER $KADENS_DB_OWNER_USER;
SELECT 'CREATE DATABASE $KADENS_DB_TEST_TEMPLATE OWNER $KADENS_DB_OWNER_USER'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$KADENS_DB_TEST_TEMPLATE') \gexec
-- Nobody but the owner creates temporary objects (they could shadow what a database function reads).
-- Migration V93 revokes the same in every database it migrates: a database made from the test template
-- does not inherit the template's privileges, it starts from PostgreSQL's defaults.
REVOKE TEMPORARY ON DATABASE $KADENS_DB_NAME FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE $KADENS_DB_BUILD_NAME FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE $KADENS_DB_TEST_TEMPLATE FROM PUBLIC;
\c $KADENS_DB_NAME
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vector;
\c $KADENS_DB_BUILD_NAME
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vector;
\c $KADENS_DB_TEST_TEMPLATE
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vector;
\c postgres
-- Databases of test runs that were killed before they could drop their own (named kadens_test_<epoch>_<random>).
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', datname) FROM pg_database
  WHERE datname ~ '^kadens_test_[0-9]+_[0-9a-f]+\$'
    AND split_part(datname, '_', 3)::bigint < extract(epoch FROM now()) - 6 * 3600 \gexec
-- A template can be copied by any role with CREATEDB, so test runs need no superuser.
UPDATE pg_database SET datistemplate = true, datallowconn = true WHERE datname = '$KADENS_DB_TEST_TEMPLATE';
SQL
}

kadens_apt_updated=""
kadens_apt_install() {
  if [ -z "$kadens_apt_updated" ]; then
    kadens_say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
    kadens_apt_updated=1
  fi
  kadens_say "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

# From /, so that a checkout in a folder the postgres user may not enter gives no "could not change directory" warning.
kadens_as_postgres() { (cd / && runuser -u postgres -- "$@"); }

# Builds pgvector 0.8 from the Debian source package of the next release (it is not
# packaged for this one), reusing the archive address already in the machine's sources.
kadens_build_pgvector() {
  local pg_major="$1" uri work
  uri="$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1)"
  [ -z "$uri" ] && uri="$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -1)"
  if [ -z "$uri" ]; then kadens_fail "cannot find a Debian archive address in /etc/apt/sources*"; return 1; fi
  kadens_say "building pgvector from the Debian source package (suite trixie) for PostgreSQL $pg_major"
  cat > /etc/apt/sources.list.d/kadens-pgvector-src.sources <<SRC
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  kadens_apt_updated=""
  kadens_apt_install "postgresql-server-dev-$pg_major" build-essential dpkg-dev || return 1
  work="$(mktemp -d)"
  (cd "$work" && apt-get source -qq pgvector >&2) || { kadens_fail "apt-get source pgvector failed"; return 1; }
  (cd "$work"/pgvector-*/ && make -s PG_CONFIG="/usr/lib/postgresql/$pg_major/bin/pg_config" >&2 \
     && make -s install PG_CONFIG="/usr/lib/postgresql/$pg_major/bin/pg_config" >&2) \
     || { kadens_fail "building pgvector failed"; return 1; }
  rm -rf "$work"
}

kadens_pgvector_version_ok() {
  # pgvector's control file gives its default version; 0.8 or newer is needed.
  local control="/usr/share/postgresql/$1/extension/vector.control" v
  [ -f "$control" ] || return 1
  v="$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$control")"
  [ -n "$v" ] && [ "$(printf '%s\n0.8.0\n' "$v" | sort -V | head -1)" = "0.8.0" ]
}

# Swedish hunspell dictionary for PostgreSQL full-text search (migration V143 uses it when present and
# falls back to snowball stemming when not). Debian's hunspell-sv; PostgreSQL's Debian packaging converts
# it into tsearch_data (pg_updatedicts: sv_se.affix, sv_se.dict). Where that hook is missing, the files are
# copied (they are UTF-8 already, which is what PostgreSQL reads in a UTF-8 database).
kadens_swedish_dictionary() {
  local tsearch
  tsearch="$(/usr/lib/postgresql/$1/bin/pg_config --sharedir)/tsearch_data"
  [ -e "$tsearch/sv_se.affix" ] && [ -e "$tsearch/sv_se.dict" ] && return 0
  if [ ! -f /usr/share/hunspell/sv_SE.aff ]; then
    kadens_apt_install hunspell-sv || { kadens_say "WARNING: hunspell-sv not installable: Swedish search uses snowball stemming only"; return 0; }
  fi
  command -v pg_updatedicts >/dev/null 2>&1 && pg_updatedicts >/dev/null 2>&1
  if [ ! -e "$tsearch/sv_se.affix" ] || [ ! -e "$tsearch/sv_se.dict" ]; then
    cp /usr/share/hunspell/sv_SE.aff "$tsearch/sv_se.affix" && cp /usr/share/hunspell/sv_SE.dic "$tsearch/sv_se.dict" \
      || { kadens_say "WARNING: could not place the Swedish dictionary in $tsearch: Swedish search uses snowball stemming only"; return 0; }
  fi
  kadens_say "Swedish hunspell dictionary in $tsearch"
}

kadens_prepare_local_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    kadens_apt_install postgresql postgresql-contrib || return 1
  fi
  local pg_major
  pg_major="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1}' | grep -qx "$pg_major"; then
    kadens_say "creating PostgreSQL $pg_major cluster"
    pg_createcluster "$pg_major" main >&2 || return 1
  fi
  if ! kadens_pgvector_version_ok "$pg_major"; then
    kadens_build_pgvector "$pg_major" || return 1
  fi
  kadens_swedish_dictionary "$pg_major"
  local cluster_port
  cluster_port="$(pg_lsclusters -h | awk -v v="$pg_major" '$1==v {print $3; exit}')"
  if ! pg_lsclusters -h | awk -v v="$pg_major" '$1==v {print $4}' | grep -q online; then
    kadens_say "starting PostgreSQL $pg_major (port $cluster_port)"
    pg_ctlcluster "$pg_major" main start >&2 || return 1
  fi
  export KADENS_DB_HOST=localhost KADENS_DB_PORT="$cluster_port"
  kadens_prepare_sql | kadens_as_postgres psql -q -v ON_ERROR_STOP=1 -p "$cluster_port" -d postgres >/dev/null || return 1
  kadens_say "local PostgreSQL $pg_major with pgvector ready on port $cluster_port"
}

# docker-compose.yml publishes no database port; the second file publishes it on loopback for development.
kadens_compose() {
  (cd "$KADENS_ROOT" && docker compose -f docker-compose.yml -f .ci/docker-compose.db-port.yml "$@")
}

kadens_prepare_docker_postgres() {
  kadens_say "Docker engine found: starting the db service of docker-compose.yml"
  kadens_compose up -d --wait db >&2 || return 1
  export KADENS_DB_HOST=localhost KADENS_DB_PORT="${KADENS_DB_PORT:-5432}"
  kadens_prepare_sql | kadens_compose exec -T db psql -q -v ON_ERROR_STOP=1 -U postgres -d postgres >/dev/null || return 1
  kadens_say "PostgreSQL with pgvector ready in Docker on port $KADENS_DB_PORT"
}

# ---------------------------------------------------------------- 2 and 3. PostgreSQL
if [ -n "${KADENS_DB_HOST:-}" ]; then
  export KADENS_DB_PORT="${KADENS_DB_PORT:-5432}"
  kadens_say "using the PostgreSQL given in KADENS_DB_HOST: $KADENS_DB_HOST:$KADENS_DB_PORT (roles and databases must exist)"
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  kadens_prepare_docker_postgres || { kadens_fail "could not start PostgreSQL in Docker"; return 1 2>/dev/null || exit 1; }
else
  kadens_prepare_local_postgres || { kadens_fail "could not prepare the local PostgreSQL"; return 1 2>/dev/null || exit 1; }
fi

# ---------------------------------------------------------------- 4. browser for UI tests
if [ "${KADENS_NEED_BROWSER:-0}" = "1" ]; then
  kadens_browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
  if [ -z "$kadens_browser" ] || ! command -v chromedriver >/dev/null 2>&1; then
    kadens_apt_install chromium chromium-driver || { kadens_fail "could not install chromium"; return 1 2>/dev/null || exit 1; }
    kadens_browser="$(command -v chromium)"
  fi
  kadens_say "browser: $("$kadens_browser" --version 2>/dev/null | head -1), driver: $(chromedriver --version 2>/dev/null | head -1)"
fi

# Maven arguments that point the build at this database.
export KADENS_MAVEN_DB_ARGS="-Dkadens.db.host=$KADENS_DB_HOST -Dkadens.db.port=$KADENS_DB_PORT -Dkadens.db.build-name=$KADENS_DB_BUILD_NAME -Dkadens.db.owner-user=$KADENS_DB_OWNER_USER -Dkadens.db.owner-password=$KADENS_DB_OWNER_PASSWORD"
kadens_say "environment ready"
