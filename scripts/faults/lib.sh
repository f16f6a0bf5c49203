# Shared by the fault drills (sourced, not run). Everything a drill starts is recorded by PID and stopped by the
# EXIT trap, on success or failure: a throw-away MariaDB, app instances, nginx. Nothing is stopped by name.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=${BRIDGEWORK_JAR:-$(ls "$repo"/target/bridgework-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No production jar: run ./mvnw -B -Pproduction -DskipTests package first"; exit 1; }
work=$(mktemp -d /var/tmp/bridgework-faults-XXXX)
started_pids=()
db_pid=""
DB_USER=bridgework
DB_PASSWORD=drill-only-password
ADMIN_USER=drilladmin
ADMIN_PASSWORD=Drill-admin-2026!
echo "Drill files in $work"

cleanup() {
  local status=$? pid
  # TERM first, so that a parent (nginx, mariadbd) takes its own children down with it; -9 for whatever stays
  for pid in "${started_pids[@]}" $db_pid; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 40); do
    local alive=0
    for pid in "${started_pids[@]}" $db_pid; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.25
  done
  for pid in "${started_pids[@]}" $db_pid; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${started_pids[@]}" $db_pid; do wait "$pid" 2>/dev/null || true; done
  # the logs and the database stay for a look after a breach (or with KEEP_DRILL_FILES=1)
  if [ "$status" = 0 ] && [ -z "${KEEP_DRILL_FILES:-}" ]; then rm -rf "$work"; else echo "Drill files kept in $work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
breach() { echo "FAULT DRILL BREACH: $*"; exit 1; }

# A MariaDB in $work/db that survives the app; db_start again after db_stop restarts it on the same data and port.
db_port=$(free_port)
db_start() {
  if [ ! -d "$work/db/data" ]; then
    mkdir -p "$work/db"
    mariadb-install-db --user=root --datadir="$work/db/data" --auth-root-authentication-method=normal >/dev/null
  fi
  # innodb_flush_log_at_trx_commit=1 (the default, said out loud): a commit is on disk before the app hears "done"
  /usr/sbin/mariadbd --no-defaults --user=root --datadir="$work/db/data" --bind-address=127.0.0.1 --port="$db_port" \
    --socket="$work/db/mysqld.sock" --pid-file="$work/db/mysqld.pid" --innodb-flush-log-at-trx-commit=1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M \
    >>"$work/db/server.log" 2>&1 &
  db_pid=$!
  for _ in $(seq 1 60); do
    mariadb --socket="$work/db/mysqld.sock" -uroot -e "select 1" >/dev/null 2>&1 && return 0
    kill -0 "$db_pid" 2>/dev/null || break
    sleep 0.5
  done
  tail -20 "$work/db/server.log"; breach "MariaDB did not start"
}
db_create() {
  mariadb --socket="$work/db/mysqld.sock" -uroot -e "create database bridgework character set utf8mb4 collate utf8mb4_unicode_ci;
    create user '$DB_USER'@'127.0.0.1' identified by '$DB_PASSWORD'; grant all on bridgework.* to '$DB_USER'@'127.0.0.1';"
}
db_stop() {
  kill -TERM "$db_pid" 2>/dev/null || true
  wait "$db_pid" 2>/dev/null || true
  db_pid=""
}
db_query() { mariadb --socket="$work/db/mysqld.sock" -uroot -N -B bridgework -e "$1"; }

# app_start NAME PORT [extra Spring arguments...]: the production jar in the fault-drill profile, in burst mode
app_start() {
  local name=$1 port=$2; shift 2
  BRIDGEWORK_DB_USER=$DB_USER BRIDGEWORK_DB_PASSWORD=$DB_PASSWORD \
  BRIDGEWORK_ADMIN_USERNAME=$ADMIN_USER BRIDGEWORK_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    "$JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --spring.profiles.active=fault-drill \
      --server.port="$port" --spring.datasource.url="jdbc:mariadb://127.0.0.1:$db_port/bridgework" \
      --bridgework.drill.mode=burst --bridgework.drill.tag="$name-$(date +%s)" \
      --bridgework.drill.ack-file="$work/acknowledged-$name.log" "$@" >"$work/app-$name.log" 2>&1 &
  app_pid=$!
  started_pids+=("$app_pid")
  eval "pid_$name=$app_pid"
}
health_code() { curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$1/actuator/health" || true; }
wait_for_fixtures() {  # NAME PID
  for _ in $(seq 1 600); do
    grep -q '^\[drill\] fixtures ready' "$work/app-$1.log" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { tail -40 "$work/app-$1.log"; breach "app $1 exited while starting"; }
    sleep 0.5
  done
  tail -40 "$work/app-$1.log"; breach "app $1 did not get its drill fixtures ready in 5 minutes"
}
acks() { cat "$work"/acknowledged-"${1:-*}".log 2>/dev/null | wc -l; }
wait_for_acks() {  # NAME COUNT TIMEOUT_SECONDS
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(acks "$1")" -lt "$2" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$work/app-$1.log"; breach "only $(acks "$1") acknowledged by $1 in $3 s"; }
    sleep 0.2
  done
}
last_status() { grep '^\[drill\] acknowledged' "$work/app-$1.log" | tail -1; }

# The restarted app, in check mode: every acknowledged operation present, ledger sound, no half-written register
run_check() {  # ACK_FILES (comma-separated)
  local code=0
  BRIDGEWORK_DB_USER=$DB_USER BRIDGEWORK_DB_PASSWORD=$DB_PASSWORD \
    "$JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --spring.profiles.active=fault-drill --server.port=0 \
      --spring.datasource.url="jdbc:mariadb://127.0.0.1:$db_port/bridgework" \
      --bridgework.drill.mode=check --bridgework.drill.ack-file="$1" >"$work/check.log" 2>&1 &
  local pid=$!
  started_pids+=("$pid")
  wait "$pid" || code=$?
  grep '^\[drill-check\]' "$work/check.log" || tail -40 "$work/check.log"
  [ "$code" = 0 ] || breach "the check after the fault failed (exit $code)"
}
