#!/usr/bin/env bash
# Prepares Kadens' database in the `db` service of docker-compose.yml.
#
# The postgres image runs this once, when the data volume is still empty, against its
# temporary init server (Unix socket only). It creates:
#   - the owner role (Flyway migrations run as it; may create databases),
#   - the application role (what the app connects as: not superuser, cannot bypass RLS),
#   - the tenant porter role (per-tenant export and import only: bypasses RLS, SELECT and INSERT only);
#     it cannot sign in unless KADENS_DB_PORTER_PASSWORD is set (docs/operations.md, "Moving one tenant"),
#   - the application database, owned by the owner role, with the pgvector extension
#     (pgvector is not a trusted extension: only a superuser can create it).
# Later changes of the KADENS_DB_* variables do not reach an existing volume.
set -e

owner_user="${KADENS_DB_OWNER_USER:-kadens_owner}"
owner_password="${KADENS_DB_OWNER_PASSWORD:-kadens_owner}"
app_user="${KADENS_DB_APP_USER:-kadens_app}"
app_password="${KADENS_DB_APP_PASSWORD:-kadens_app}"
porter_password="${KADENS_DB_PORTER_PASSWORD:-}"
db_name="${KADENS_DB_NAME:-kadens}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  -v owner_user="$owner_user" -v owner_password="$owner_password" \
  -v app_user="$app_user" -v app_password="$app_password" \
  -v db_name="$db_name" <<'SQL'
CREATE ROLE :"owner_user" LOGIN CREATEDB PASSWORD :'owner_password';
CREATE ROLE :"app_user" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE ROLE kadens_porter NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE :"db_name" OWNER :"owner_user";
SQL

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "$db_name" \
  -c 'CREATE EXTENSION IF NOT EXISTS vector'

if [ -n "$porter_password" ]; then
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v porter_password="$porter_password" <<'SQL'
ALTER ROLE kadens_porter LOGIN PASSWORD :'porter_password';
SQL
fi
