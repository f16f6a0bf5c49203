#!/usr/bin/env bash
# SIGKILL mid-burst: the app redeems Time Credits and saves 50-mark registers as fast as it can, writing each
# acknowledged operation to a file (fsync after the transaction returned); it is killed with -9 part-way, started
# again, and checked: every acknowledged operation present, ledger balanced with no overspend, no half-written register.
# Needs the production jar (./mvnw -B -Pproduction -DskipTests package) and Debian's mariadb-server.
source "$(dirname "$0")/lib.sh"
kill_after=${KILL_AFTER_ACKS:-400}

db_start
db_create
port=$(free_port)
app_start burst "$port" --bridgework.drill.redemption-threads=3 --bridgework.drill.register-threads=1
wait_for_fixtures burst "$pid_burst"
burst_started=$(now)
wait_for_acks burst "$kill_after" 180
kill -9 "$pid_burst"
wait "$pid_burst" 2>/dev/null || true
echo "Killed with SIGKILL after $(seconds_since "$burst_started") s of burst; last status: $(last_status burst)"
echo "Acknowledged before the kill: $(grep -c '^R ' "$work/acknowledged-burst.log" || true) redemptions," \
  "$(grep -c '^S ' "$work/acknowledged-burst.log" || true) register saves"

restart=$(now)
run_check "$work/acknowledged-burst.log"
echo "Restarted and checked in $(seconds_since "$restart") s"
echo "SIGKILL drill: PASS"
