#!/usr/bin/env bash
# Pre-release only: regenerates the migrations from scratch (extensions + init) from every feature schema.
# Once a database has been deployed, use `npm run db:generate -- --name <change>` instead.
set -euo pipefail
cd "$(dirname "$0")/../packages/server"
rm -rf drizzle
npx drizzle-kit generate --custom --name extensions >/dev/null
echo 'CREATE EXTENSION IF NOT EXISTS pg_trgm;' > drizzle/0000_extensions.sql
npx drizzle-kit generate --name init | tail -1
